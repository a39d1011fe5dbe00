using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CaJapan.Reconcile.Host;

/// <summary>
/// Reads a file of outlet trust priors: CSV with the header <c>outlet,prior</c>, or a JSON object
/// <c>{ "Reuters": 0.9, "reuters.com": 0.9 }</c>. Each key is an outlet's name or a URL's domain; each prior is a
/// number in [0, 1]. A bad row is an error naming the file and line, and no prior of the file is used.
/// </summary>
internal static class Priors
{
    /// <summary>Reads the priors.</summary>
    /// <param name="path">The file: <c>.json</c>, or CSV for any other extension.</param>
    /// <param name="error">Why the file cannot be used, in one line naming the file and line.</param>
    /// <returns>The priors by outlet, or <see langword="null"/> with <paramref name="error"/>.</returns>
    public static IReadOnlyDictionary<string, double>? Read(string path, out string? error)
    {
        var name = Path.GetFileName(path);
        string text;
        try
        {
            text = File.ReadAllText(path, new UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = e is FileNotFoundException or DirectoryNotFoundException
                ? $"the priors file '{Path.GetFullPath(path)}' does not exist; give a CSV file (outlet,prior) or a JSON object of priors."
                : $"could not read the priors file '{path}': {e.Message}";
            return null;
        }

        return string.Equals(Path.GetExtension(path), ".json", StringComparison.OrdinalIgnoreCase) || text.TrimStart().StartsWith('{')
            ? ReadJson(name, text, out error)
            : ReadCsv(name, text, out error);
    }

    private static Dictionary<string, double>? ReadCsv(string name, string text, out string? error)
    {
        var priors = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        var lines = text.Split('\n');
        var header = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var comma = line.LastIndexOf(',');
            var outlet = comma < 0 ? line.Trim() : Unquote(line[..comma].Trim());
            var value = comma < 0 ? string.Empty : line[(comma + 1)..].Trim();
            if (!header)
            {
                if (!string.Equals(outlet, "outlet", StringComparison.OrdinalIgnoreCase) || !string.Equals(value, "prior", StringComparison.OrdinalIgnoreCase))
                {
                    error = $"{name}:{number}: the header is '{line.Trim()}'; start the file with the header row outlet,prior.";
                    return null;
                }

                header = true;
                continue;
            }

            if (comma < 0 || outlet.Length == 0)
            {
                error = $"{name}:{number}: '{line.Trim()}' is not a row outlet,prior; write rows such as Reuters,0.9.";
                return null;
            }

            if (!TryPrior(value, out var prior))
            {
                error = $"{name}:{number}: the prior '{value}' of '{outlet}' is not a number from 0 to 1; write rows such as Reuters,0.9.";
                return null;
            }

            priors[outlet] = prior;
        }

        if (!header)
        {
            error = $"{name}: the file is empty; give the header row outlet,prior and one row per outlet, such as Reuters,0.9.";
            return null;
        }

        error = null;
        return priors;
    }

    private static Dictionary<string, double>? ReadJson(string name, string text, out string? error)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var priors = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                error = $"{name}:{Line(bytes, reader.TokenStartIndex)}: the priors are not a JSON object; give one such as {{ \"Reuters\": 0.9, \"reuters.com\": 0.9 }}.";
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var outlet = reader.GetString()!;
                reader.Read();
                var line = Line(bytes, reader.TokenStartIndex);
                if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out var prior) || !double.IsFinite(prior) || prior is < 0 or > 1)
                {
                    var raw = Encoding.UTF8.GetString(reader.ValueSpan);
                    error = $"{name}:{line}: the prior {raw} of '{outlet}' is not a number from 0 to 1; give one such as \"{outlet}\": 0.9.";
                    return null;
                }

                if (string.IsNullOrWhiteSpace(outlet))
                {
                    error = $"{name}:{line}: an outlet's name is empty; name each outlet or URL domain, such as \"Reuters\": 0.9.";
                    return null;
                }

                priors[outlet.Trim()] = prior;
            }

            if (reader.TokenType != JsonTokenType.EndObject)
            {
                error = $"{name}:{Line(bytes, reader.TokenStartIndex)}: expected an outlet's name; give a flat object such as {{ \"Reuters\": 0.9 }}.";
                return null;
            }
        }
        catch (JsonException e)
        {
            error = $"{name}:{(e.LineNumber ?? 0) + 1}: the file is not valid JSON ({e.Message.Split(" Path:")[0].TrimEnd('.')}); give an object such as {{ \"Reuters\": 0.9 }}.";
            return null;
        }

        error = null;
        return priors;
    }

    private static bool TryPrior(string text, out double prior)
        => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out prior) && double.IsFinite(prior) && prior is >= 0 and <= 1;

    private static string Unquote(string text)
        => text.Length >= 2 && text[0] == '"' && text[^1] == '"' ? text[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal) : text;

    private static int Line(byte[] bytes, long index)
    {
        var line = 1;
        for (var i = 0; i < index && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
            }
        }

        return line;
    }
}
