using CaJapan.Reconcile.Sources;

namespace CaJapan.Reconcile.Tests.Specifications;

/// <summary>Bad input gets a clear error that names it, and loses nothing of the other sources.</summary>
public sealed class RobustnessSpecs : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("reconcile-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private void CopySeed(string name) => File.Copy(Path.Combine(SeedCorpus.Folder, name), Path.Combine(folder, name));

    [Fact]
    public async Task EmptyAndBinaryFilesAreReportedByNameWhileTheOthersReconcile()
    {
        CopySeed(SeedCorpus.Voa);
        File.WriteAllText(Path.Combine(folder, "empty.txt"), "  \n");
        File.WriteAllBytes(Path.Combine(folder, "binary.txt"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF]);

        var result = await ReconcileEngine.Create().ReconcileFolderAsync(folder);

        result.Sources.Select(s => s.Id).Should().Equal(SeedCorpus.Voa);
        result.SourceErrors.Select(e => e.SourceId).Should().Equal("binary.txt", "empty.txt");
        result.SourceErrors.Single(e => e.SourceId == "empty.txt").Message.Should().Be("The source is empty; an article needs some text.");
        result.Conflicts.Should().NotBeEmpty();
    }

    [Fact]
    public async Task AMalformedManifestIsReportedAndTheArticlesAreStillRead()
    {
        CopySeed(SeedCorpus.Dateline);
        File.WriteAllText(Path.Combine(folder, SourceManifest.FileName), "{ \"sources\": [ { \"file\": ");

        var result = await ReconcileEngine.Create().ReconcileFolderAsync(folder);

        result.Sources.Should().ContainSingle();
        result.SourceErrors.Should().ContainSingle(e => e.SourceId == SourceManifest.FileName)
            .Which.Message.Should().StartWith("The manifest could not be read as JSON");
    }

    [Fact]
    public async Task AManifestEntryPointingOutsideTheFolderIsRefused()
    {
        CopySeed(SeedCorpus.Dateline);
        File.WriteAllText(
            Path.Combine(folder, SourceManifest.FileName),
            "{ \"sources\": [ { \"file\": \"../../etc/passwd\" }, { \"file\": \"003_5517c40c005a9620.txt\", \"published\": \"February 30\" } ] }");

        var set = await new SourceReader().ReadFolderAsync(folder);

        set.Errors.Select(e => e.Message).Should().Equal(
            "Entry 0 of the manifest: 'file' is '../../etc/passwd', which points outside the folder; give a file name inside it.",
            "Entry 1 of the manifest: 'published' is 'February 30', which is not a calendar date like 2024-08-06.");
        set.Sources.Should().ContainSingle().Which.Published.Should().BeNull("an invalid entry lends no metadata");
    }

    [Fact]
    public async Task AFolderThatDoesNotExistIsAClearErrorNotAnException()
    {
        var missing = Path.Combine(folder, "nowhere");

        var result = await ReconcileEngine.Create().ReconcileFolderAsync(missing);

        result.Sources.Should().BeEmpty();
        result.SourceErrors.Should().ContainSingle().Which.Message.Should().Contain("does not exist");
    }

    [Fact]
    public async Task AFileOverTheSizeLimitIsReportedWithoutBeingRead()
    {
        CopySeed(SeedCorpus.Voa);
        File.WriteAllText(Path.Combine(folder, "huge.txt"), new string('a', 4096));

        var result = await ReconcileEngine.Create(new ReconcileOptions { MaxSourceBytes = 4000 }).ReconcileFolderAsync(folder);

        result.SourceErrors.Should().ContainSingle(e => e.SourceId == "huge.txt").Which.Message.Should().Contain("over the limit of 4,000");
        result.Sources.Should().BeEmpty("the seed is larger than 4,000 bytes too");
    }

    [Fact]
    public async Task AnImpossibleDateInAnArticleIsNotAClaim()
    {
        var result = await ReconcileEngine.Create().ReconcileAsync(
            [new Source("a.txt", "The first Central Asia plus Japan summit will take place on February 30, 2024 in Astana.")]);

        result.SourceErrors.Should().BeEmpty();
        result.Claims.Should().NotContain(c => c.Property == "date");
    }

    [Fact]
    public async Task CancellationStopsTheWork()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var act = () => ReconcileEngine.Create().ReconcileFolderAsync(SeedCorpus.Folder, cancelled.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }
}
