using BenchmarkDotNet.Running;
using CaJapan.Reconcile.Benchmarks;

if (Tools.TryRun(args) is { } exitCode)
{
    return exitCode;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(Scale.Choose(args));
return 0;
