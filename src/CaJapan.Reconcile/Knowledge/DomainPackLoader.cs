using System.Text.Json;

namespace CaJapan.Reconcile.Knowledge;

/// <summary>Reads and validates domain packs: the one embedded in the library, or a user's own file.</summary>
public static class DomainPackLoader
{
    /// <summary>The name of the pack embedded in the library: the first Central Asia plus Japan summit.</summary>
    public const string EmbeddedPackName = "central-asia-japan.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly Lazy<DomainPack> Embedded = new(() =>
    {
        var assembly = typeof(DomainPackLoader).Assembly;
        using var stream = assembly.GetManifestResourceStream($"CaJapan.Reconcile.Knowledge.Packs.{EmbeddedPackName}")
            ?? throw new InvalidOperationException($"The embedded pack {EmbeddedPackName} is missing from the assembly.");
        return Load(stream, EmbeddedPackName);
    });

    /// <summary>Gets the pack embedded in the library.</summary>
    /// <returns>The pack; the same instance on every call.</returns>
    public static DomainPack LoadEmbedded() => Embedded.Value;

    /// <summary>Reads a pack from a JSON file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The pack.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="DomainPackException">The file cannot be read, is not JSON of a pack, or the pack is not valid.</exception>
    public static DomainPack LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var stream = File.OpenRead(path);
            return Load(stream, Path.GetFileName(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DomainPackException(path, [$"The file could not be read: {e.Message}"]);
        }
    }

    /// <summary>Reads a pack from a stream of JSON.</summary>
    /// <param name="json">The stream.</param>
    /// <param name="packName">A name for the pack in error messages.</param>
    /// <returns>The pack.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="DomainPackException">The stream is not JSON of a pack, or the pack is not valid.</exception>
    public static DomainPack Load(Stream json, string packName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(packName);
        DomainPack? pack;
        try
        {
            pack = JsonSerializer.Deserialize<DomainPack>(json, Options);
        }
        catch (JsonException e)
        {
            throw new DomainPackException(packName, [$"It is not valid JSON of a domain pack: {e.Message}"]);
        }

        if (pack is null)
        {
            throw new DomainPackException(packName, ["It is empty."]);
        }

        var result = new DomainPackValidator().Validate(pack);
        if (!result.IsValid)
        {
            throw new DomainPackException(packName, [.. result.Errors.Select(e => e.ErrorMessage)]);
        }

        return pack;
    }
}
