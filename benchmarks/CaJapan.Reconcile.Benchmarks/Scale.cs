namespace CaJapan.Reconcile.Benchmarks;

/// <summary>
/// The sizes benchmarks run at: a quick run (a few minutes on two cores) or, with <c>--full</c>, every size up to the
/// largest. The choice travels in an environment variable because BenchmarkDotNet runs each benchmark in a process of
/// its own, which inherits the environment.
/// </summary>
internal static class Scale
{
    private const string Variable = "CAJAPAN_BENCHMARKS";

    /// <summary>Gets whether this is a full run.</summary>
    public static bool Full => Environment.GetEnvironmentVariable(Variable) == "full";

    /// <summary>Takes <c>--full</c> out of the arguments and remembers it for the benchmark processes.</summary>
    /// <returns>The arguments for BenchmarkDotNet.</returns>
    public static string[] Choose(string[] args)
    {
        if (args.Contains("--full"))
        {
            Environment.SetEnvironmentVariable(Variable, "full");
        }

        return [.. args.Where(a => a != "--full")];
    }

    /// <summary>Gets the numbers of structured claims the bulk benchmarks reconcile.</summary>
    public static int[] Claims => Full ? [10_000, 100_000, 1_000_000, 10_000_000] : [10_000, 1_000_000];
}
