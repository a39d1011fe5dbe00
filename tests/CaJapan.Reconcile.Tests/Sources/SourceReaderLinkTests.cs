using CaJapan.Reconcile.Sources;

namespace CaJapan.Reconcile.Tests.SourceFiles; // Not .Sources: that would hide the library's Sources.Source in other tests.

/// <summary>A folder of articles is read, not whatever its links point at: a link out of the folder is refused, by name.</summary>
public sealed class SourceReaderLinkTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("links-").FullName;

    [Fact]
    public async Task A_link_to_a_file_outside_the_folder_is_refused_and_the_rest_is_read()
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, "articles")).FullName;
        var outside = Path.Combine(root, "secret.txt");
        await File.WriteAllTextAsync(outside, "Not an article of this folder.");
        await File.WriteAllTextAsync(Path.Combine(folder, "a.txt"), "The summit was held in Astana on 9 August 2024.");
        File.CreateSymbolicLink(Path.Combine(folder, "b.txt"), outside);
        File.CreateSymbolicLink(Path.Combine(folder, "c.txt"), Path.Combine(folder, "a.txt"));

        var read = await new SourceReader().ReadFolderAsync(folder);

        read.Sources.Select(s => s.Id).Should().Equal("a.txt", "c.txt");
        read.Errors.Should().ContainSingle().Which.Should().Be(new SourceError("b.txt", "'b.txt' is a link to a file outside the folder; it is not read. Copy the file into the folder to reconcile it."));
    }

    [Fact]
    public async Task A_manifest_entry_cannot_name_a_path_outside_the_folder()
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, "articles")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "a.txt"), "The summit was held in Astana on 9 August 2024.");
        await File.WriteAllTextAsync(Path.Combine(folder, SourceManifest.FileName), """
            { "sources": [ { "file": "../secret.txt" }, { "file": "/etc/hostname" }, { "file": "" }, { "file": "a.txt", "outlet": "VOA" } ] }
            """);

        var read = await new SourceReader().ReadFolderAsync(folder);

        read.Sources.Select(s => (s.Id, s.Outlet)).Should().Equal(("a.txt", "VOA"));
        read.Errors.Should().HaveCount(3).And.OnlyContain(e => e.SourceId == SourceManifest.FileName);
        read.Errors[2].Message.Should().Contain("'file' is missing");
    }

    [Fact]
    public async Task A_manifest_that_links_out_of_the_folder_is_not_read_and_the_articles_are()
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, "articles")).FullName;
        var outside = Path.Combine(root, "other-manifest.json");
        await File.WriteAllTextAsync(outside, """{ "sources": [ { "file": "a.txt", "outlet": "Somebody else's" } ] }""");
        await File.WriteAllTextAsync(Path.Combine(folder, "a.txt"), "The summit was held in Astana on 9 August 2024.");
        File.CreateSymbolicLink(Path.Combine(folder, SourceManifest.FileName), outside);

        var read = await new SourceReader().ReadFolderAsync(folder);

        read.Sources.Select(s => (s.Id, s.Outlet)).Should().Equal(("a.txt", (string?)null));
        read.Errors.Should().ContainSingle().Which.Should().Be(new SourceError(SourceManifest.FileName, "'sources.json' is a link to a file outside the folder; it is not read. Copy the file into the folder to reconcile it."));
    }

    [Fact]
    public async Task A_manifest_over_the_size_limit_is_one_error_and_the_articles_are_read_without_it()
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, "articles")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "a.txt"), "The summit was held in Astana on 9 August 2024.");
        var entries = string.Join(", ", Enumerable.Range(0, 50).Select(i => $$"""{ "file": "x{{i}}.txt", "outlet": "VOA" }"""));
        await File.WriteAllTextAsync(Path.Combine(folder, SourceManifest.FileName), $$"""{ "sources": [ {{entries}}, { "file": "a.txt", "outlet": "VOA" } ] }""");
        var length = new FileInfo(Path.Combine(folder, SourceManifest.FileName)).Length;

        var read = await new SourceReader(maxSourceBytes: 1000).ReadFolderAsync(folder);

        read.Sources.Select(s => (s.Id, s.Outlet)).Should().Equal(("a.txt", (string?)null));
        read.Errors.Should().ContainSingle().Which.Should().Be(new SourceError(
            SourceManifest.FileName,
            $"The manifest is {length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} bytes long, over the limit of 1,000 (ReconcileOptions.MaxSourceBytes); the articles are read without its metadata."));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
