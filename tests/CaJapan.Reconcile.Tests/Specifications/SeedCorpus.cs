using CaJapan.Reconcile.Reconciliation;
using CaJapan.Reconcile.Sources;

namespace CaJapan.Reconcile.Tests.Specifications;

/// <summary>The real seeds/ folder, reconciled once for every specification that reads it.</summary>
public sealed class SeedCorpus : IAsyncLifetime
{
    public const string Dated2023 = "000_93972972f511d642.txt";
    public const string Budgets = "001_7b8c513eba1ab917.txt";
    public const string Voa = "002_31a73e5accb67a66.txt";
    public const string Dateline = "003_5517c40c005a9620.txt";
    public const string Cancelled = "004_432b3c00b0c3bf33.txt";

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "seeds");

    public ReconciliationResult Result { get; private set; } = null!;

    public static async Task<IReadOnlyList<Source>> ReadAsync()
        => (await new SourceReader().ReadFolderAsync(Folder)).Sources;

    public async Task InitializeAsync() => Result = await ReconcileEngine.Create().ReconcileFolderAsync(Folder);

    public Task DisposeAsync() => Task.CompletedTask;
}
