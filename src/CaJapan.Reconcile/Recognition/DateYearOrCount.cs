using static CaJapan.Reconcile.Recognition.RecognitionPatterns;

namespace CaJapan.Reconcile.Recognition;

/// <summary>
/// Tells a four-digit number that is a year ("in 2024 the summit", "the 2024 summit", "2024 saw growth") from one
/// that counts things ("2000 people", "drew 2024 participants", "some 1950 new jobs"), from the word after it and the
/// word before it. In order, the first rule that applies decides:
/// <list type="number">
/// <item>a unit of time or measure after it ("2000 years", "1950 km") makes it a count;</item>
/// <item>a word that introduces years ("in", "since", "until", "during", "fiscal") or a capitalised name that does
/// not start the sentence ("Expo 2025", "Vision 2030") before it makes it a year;</item>
/// <item>a noun that is counted after it ("people", "delegates", "troops", "tons") makes it a count;</item>
/// <item>an approximation before it ("some", "about", "nearly") makes it a count unless a function word follows;</item>
/// <item>the start of the text, a symbol or comma, or a determiner, possessive or preposition ("the", "its", "'s",
/// "of", "by") before it makes it a year: "the 2024 elections", "For Japan, 2024 marks";</item>
/// <item>otherwise a plural noun after it, directly or after one more word, makes it a count: "drew 2000 spectators",
/// "created 1950 new jobs";</item>
/// <item>and anything else is a year.</item>
/// </list>
/// Each rule looks at no more than three tokens, so the test is constant-time.
/// </summary>
internal static class DateYearOrCount
{
    private static readonly HashSet<string> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        "years", "months", "weeks", "days", "hours", "minutes", "seconds", "times", "km", "kilometres", "kilometers",
        "miles", "metres", "meters", "feet", "kg", "kilograms", "tons", "tonnes", "barrels", "hectares", "acres", "mw",
        "megawatts", "kw", "kwh", "gw", "gwh", "square", "cubic",
    };

    private static readonly HashSet<string> YearIntroducers = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "since", "until", "till", "during", "fiscal", "fy", "year", "circa", "early", "mid", "late", "spring",
        "summer", "autumn", "fall", "winter",
    };

    private static readonly HashSet<string> CountedNouns = new(StringComparer.Ordinal)
    {
        "people", "persons", "residents", "citizens", "nationals", "delegates", "delegations", "participants", "attendees",
        "visitors", "tourists", "spectators", "guests", "troops", "soldiers", "servicemen", "personnel", "officers",
        "police", "workers", "employees", "staff", "jobs", "students", "children", "families", "households", "refugees",
        "migrants", "pilgrims", "volunteers", "members", "candidates", "voters", "votes", "seats", "deaths", "casualties",
        "victims", "cases", "patients", "companies", "firms", "enterprises", "businesses", "projects", "units", "vehicles",
        "cars", "trucks", "wagons", "containers", "items", "copies", "tickets", "athletes", "journalists", "experts",
        "specialists", "teachers", "doctors", "engineers", "scientists", "farmers", "homes", "houses", "apartments",
        "flights", "schools", "hospitals", "villages", "trees", "buses", "trains", "ships", "aircraft", "planes", "drones",
        "missiles", "weapons", "signatures", "scholarships", "graduates", "trainees", "interns",
    };

    private static readonly HashSet<string> Approximations = new(StringComparer.OrdinalIgnoreCase)
    {
        "some", "about", "around", "nearly", "almost", "roughly", "approximately", "estimated", "only", "just",
        "another", "additional", "extra",
    };

    private static readonly HashSet<string> YearContext = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your", "my", "whose",
        "each", "every", "of", "for", "from", "to", "at", "on", "with", "without", "before", "after", "by", "over",
        "under", "above", "below", "than", "between", "and", "or", "ahead", "versus", "vs", "per", "into", "toward",
        "towards", "against", "like", "unlike", "through", "throughout", "within", "beyond", "amid", "despite", "s",
    };

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "but", "nor", "the", "a", "an", "to", "in", "on", "at", "of", "for", "from", "by", "with", "as",
        "when", "while", "after", "before", "since", "until", "till", "than", "that", "which", "who", "where", "was",
        "were", "is", "are", "has", "had", "have", "will", "would", "could", "should", "may", "might", "must", "can",
        "did", "does", "do", "be", "been", "being", "it", "he", "she", "they", "we", "i", "you", "its", "their", "his",
        "her", "our", "through", "during", "onward", "onwards", "compared", "according", "versus", "vs", "so", "if",
        "because", "although", "though", "alone", "only", "also", "already", "too", "respectively", "this", "thus",
        "plus", "always", "perhaps", "unless", "whereas", "towards", "afterwards", "besides",
    };

    /// <summary>Verbs in -s that often follow a year that is the subject: "2024 marks the 30th anniversary".</summary>
    private static readonly HashSet<string> VerbsInS = new(StringComparer.OrdinalIgnoreCase)
    {
        "marks", "sees", "brings", "remains", "promises", "looks", "begins", "ends", "opens", "closes", "starts",
        "becomes", "means", "holds", "represents", "follows", "comes", "goes", "continues", "shows", "makes", "seems",
        "appears", "proves", "includes", "offers",
    };

    /// <summary>Gets whether the four-digit number at an index counts things rather than naming a year.</summary>
    /// <param name="tokens">The tokens.</param>
    /// <param name="index">The index of the number.</param>
    /// <param name="previousStartsSentence">Whether the token before the number is the first of its sentence.</param>
    /// <returns><see langword="true"/> for a count.</returns>
    internal static bool IsCount(Token[] tokens, int index, bool previousStartsSentence)
    {
        var next = At(tokens, index + 1);
        if (next.Kind != TokenKind.Word || next.Text.Length == 0 || DateLexicon.TryGetMonth(next.Text, out _, out _)
            || DateLexicon.TryGetWeekday(next.Text, allowAbbreviation: false, out _))
        {
            return false;
        }

        if (Units.Contains(next.Text))
        {
            return true;
        }

        var previous = At(tokens, index - 1);
        var previousWord = previous.Kind == TokenKind.Word ? previous.Text : string.Empty;
        var name = previousWord.Length > 0 && char.IsUpper(previousWord[0]) && !previousStartsSentence;
        if (YearIntroducers.Contains(previousWord) || (name && !Approximations.Contains(previousWord)))
        {
            return false;
        }

        if (CountedNouns.Contains(next.Text))
        {
            return true;
        }

        if (Approximations.Contains(previousWord))
        {
            return !FunctionWords.Contains(next.Text);
        }

        if (index == 0 || previous.Kind != TokenKind.Word || YearContext.Contains(previousWord))
        {
            return false;
        }

        var afterNext = At(tokens, index + 2);
        var lowerNext = char.IsLower(next.Text[0]) && !FunctionWords.Contains(next.Text);
        return (lowerNext && IsPlural(next.Text)) || ((lowerNext || char.IsUpper(next.Text[0])) && afterNext.Kind == TokenKind.Word && IsPlural(afterNext.Text));
    }

    private static Token At(Token[] tokens, int index)
        => index >= 0 && index < tokens.Length ? tokens[index] : new Token(0, 0, TokenKind.Symbol, "\0");

    /// <summary>A lower-case word that looks like a plural noun: "spectators", not "was", "bus", "analysis" or "marks".</summary>
    private static bool IsPlural(string word)
        => word.Length >= 4 && char.IsLower(word[0]) && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
           && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal)
           && !FunctionWords.Contains(word) && !VerbsInS.Contains(word);
}
