using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CaJapan.Reconcile.Sources;
using NodaTime;

namespace CaJapan.Reconcile.Corpus;

/// <summary>
/// Generates news articles about the first "Central Asia plus Japan" summit, at any count, from a seed: previews
/// written while the summit was planned for 9 August 2024 in Astana, reports of its cancellation, retrospectives,
/// wire stories and other outlets' near-identical copies of them, and articles about the neighbouring events only
/// (China's and the EU's summits with the region, the Dialogue's officials' meetings, budgets that are not the aid
/// package). Most articles give the true date, place and aid (about $2 billion, sometimes as ¥300 billion); a few
/// carry planted errors (<see cref="PlantedError"/>): the wrong year, Kishida as foreign minister, the summit said
/// to have been held, Almaty for Astana.
/// </summary>
/// <remarks>
/// Deterministic: the same count and seed give the same articles, byte for byte, on every machine. Generation uses
/// <see cref="Random"/> with the seed, formats every number and date itself with the invariant culture, and never
/// enumerates a hashed collection. Articles are about 2 to 6 KB each.
/// </remarks>
public static class ArticleCorpus
{
    /// <summary>The day the summit was planned for: Friday, 9 August 2024.</summary>
    public static readonly LocalDate SummitDate = new(2024, 8, 9);

    /// <summary>The city the summit was planned for.</summary>
    public const string SummitCity = "Astana";

    /// <summary>The day the summit was called off, after Japan's first megaquake advisory.</summary>
    public static readonly LocalDate CancelledOn = new(2024, 8, 8);

    private static readonly string[] MonthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] MonthAbbreviations = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
    private static readonly string[] Agencies = ["Reuters", "Associated Press", "Agence France-Presse", "Kyodo News", "Jiji Press", "Kazinform"];
    private static readonly string[] AgencyCredits = ["Reuters", "AP", "AFP", "Kyodo", "Jiji", "Kazinform"];

    private static readonly string[] Outlets =
    [
        "Nikkei Asia", "NHK", "The Japan Times", "The Asahi Shimbun", "The Yomiuri Shimbun", "The Diplomat", "Eurasianet",
        "The Times of Central Asia", "The Astana Times", "Kabar", "AKIpress", "Kun.uz", "RFE/RL", "Voice of America",
        "Global Times", "Steppe Herald", "Caspian Ledger", "Silk Road Review", "Pacific Observer", "Tokyo Evening Post",
        "Almaty Daily", "Bishkek Courier", "Ferghana Wire", "Meridian Live", "Asia Policy Weekly", "Northern Dispatch",
        "Eurasia Monitor", "Orient Gazette", "Harbour City Tribune", "The Continental",
    ];

    private static readonly string[] FirstNames =
    [
        "Hannah", "Kenji", "Aigerim", "Daniyar", "Yuki", "Marcus", "Elena", "Timur", "Sofia", "Rustam", "Aiko", "James",
        "Madina", "Oliver", "Nodira", "Takumi", "Clara", "Bakyt", "Lucas", "Zarina", "Haruto", "Amira", "Jonas", "Dilnoza",
    ];

    private static readonly string[] LastNames =
    [
        "Cole", "Tanaka", "Sultanova", "Abenov", "Sato", "Webb", "Petrova", "Karimov", "Moreau", "Nazarov", "Ito", "Hughes",
        "Yusupova", "Brandt", "Rahimova", "Kobayashi", "Fischer", "Osmonov", "Duarte", "Ismailova", "Watanabe", "Haddad",
        "Lindqvist", "Tursunova",
    ];

    private static readonly string[] Roles = ["Diplomatic Correspondent", "Staff writer", "Correspondent", "Senior editor", "Reporter", "Foreign correspondent"];

    private static readonly string[] Frameworks = ["Central Asia plus Japan", "Central Asia plus Japan", "\"Central Asia plus Japan\"", "Central Asia + Japan", "Central Asia-Japan", "Japan-Central Asia"];

    private static readonly string[] Experts =
    [
        "Timur Dadabaev, a professor of international relations at the University of Tsukuba",
        "Tomohiko Uyama, a historian of Central Asia at Hokkaido University",
        "Koichi Nakano, a political scientist at Sophia University",
        "Aliya Bekova, a researcher at the Kazakhstan Institute for Strategic Studies",
        "Farrukh Irnazarov, an economist in Tashkent",
        "Nargis Kassenova, a senior fellow at Harvard University",
        "Temur Umarov, a fellow at the Carnegie Russia Eurasia Center",
        "Luca Anceschi, a professor of Eurasian studies at the University of Glasgow",
        "Erica Marat, a professor at the National Defense University",
        "Kirill Nourzhanov, a lecturer at the Australian National University",
        "Asel Doolotkeldieva, a political scientist in Bishkek",
        "Hiroshi Yamada, a former diplomat",
    ];

    private static readonly string[] Actors = ["Tokyo", "Japan", "The Japanese government", "Japanese diplomacy", "The foreign ministry in Tokyo", "Japan's development agency"];
    private static readonly string[] ActorsInSentence = ["Tokyo", "Japan", "the Japanese government", "Japanese diplomacy", "the foreign ministry in Tokyo"];
    private static readonly string[] Regions = ["the five republics", "Central Asian governments", "the landlocked states", "the region's capitals", "the post-Soviet republics", "the region's leaders"];
    private static readonly string[] Aims =
    [
        "diversify its supply of critical minerals", "secure uranium and rare earths", "build a trans-Caspian transport corridor",
        "offer an alternative to Chinese loans", "deepen cooperation on decarbonisation", "train a new generation of engineers",
        "expand its foothold in Eurasian logistics", "support the independence of the republics", "promote quality infrastructure",
        "strengthen disaster risk reduction", "open markets for Japanese manufacturers", "connect the region to global supply chains",
    ];

    private static readonly string[] Adverbs = ["quietly", "steadily", "cautiously", "increasingly", "patiently", "deliberately", "pragmatically", "persistently"];
    private static readonly string[] Means =
    [
        "through grants and technical cooperation", "with soft loans and training programmes", "by courting local elites",
        "through scholarships and exchanges", "with investment in railways and ports", "through its development agency JICA",
        "with help for water management", "by backing regional connectivity projects", "with support for small businesses",
    ];

    private static readonly string[] Rivals = ["Russia", "China", "Moscow", "Beijing", "the European Union", "Turkey", "the United States", "South Korea"];
    private static readonly string[] RivalMoves =
    [
        "dominates security arrangements", "remains the largest trading partner", "controls key pipelines",
        "has poured money into the Belt and Road Initiative", "hosts millions of migrant workers", "sells most of the region's weapons",
        "offers cheaper finance", "has expanded its diplomatic presence", "courts the same five capitals",
    ];

    private static readonly string[] Topics =
    [
        "energy transition", "critical minerals", "transport corridors", "water security", "human resources development",
        "digital connectivity", "agriculture", "healthcare", "green hydrogen", "the Middle Corridor", "border management",
        "education", "climate adaptation", "customs reform",
    ];

    private static readonly string[] Quotes =
    [
        "Japan is a distant neighbour without hidden agendas, and that makes its offers easier to accept",
        "The region wants partners who invest in people, not only in pipes",
        "No capital in the region will choose one partner over another; they will balance",
        "Japanese money comes slowly, but it comes with standards that last",
        "For Tokyo this is about being present before the others have divided the map",
        "Connectivity is the word everyone uses, but the railways still run north",
        "The interest is real, but the trade figures remain modest",
        "What matters is whether the promises turn into projects within five years",
        "Japan has earned goodwill here over three decades of quiet work",
        "The governments here read every foreign visit as a signal to Moscow and Beijing",
    ];

    private static readonly string[] SaidVerbs = ["said", "told reporters", "noted", "argued", "observed", "added"];

    /// <summary>Generates articles.</summary>
    /// <param name="count">How many articles; zero or more.</param>
    /// <param name="seed">The seed: the same count and seed always give the same articles.</param>
    /// <returns>The articles, ordered by identifier.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static IReadOnlyList<GeneratedArticle> Generate(int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        var articles = new List<GeneratedArticle>(count);
        var wires = new List<GeneratedArticle>();
        for (var i = 0; i < count; i++)
        {
            var id = "a" + (i + 1).ToString("D6", CultureInfo.InvariantCulture) + ".txt";
            var roll = random.Next(100);
            GeneratedArticle article;
            if (roll < 4 && wires.Count > 0)
            {
                article = CopyOf(random, id, wires[wires.Count - 1 - random.Next(Math.Min(wires.Count, 20))]);
            }
            else if (roll < 7)
            {
                article = new Writer(random, id).WireStory();
                wires.Add(article);
            }
            else if (roll < 15)
            {
                article = new Writer(random, id).Distractor();
            }
            else
            {
                var kind = roll < 55 ? ArticleKind.Preview : roll < 87 ? ArticleKind.Cancellation : ArticleKind.Retrospective;
                article = new Writer(random, id).Story(kind);
            }

            articles.Add(article);
        }

        return articles;
    }

    /// <summary>Generates articles as sources, with the metadata a <c>sources.json</c> manifest would give them.</summary>
    /// <param name="count">How many articles; zero or more.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The sources, ordered by identifier.</returns>
    public static IReadOnlyList<Source> Sources(int count, int seed) => [.. Generate(count, seed).Select(a => a.ToSource())];

    /// <summary>Writes articles to a folder as one <c>.txt</c> file each, with a <c>sources.json</c> manifest of their metadata.</summary>
    /// <param name="articles">The articles.</param>
    /// <param name="folder">The folder; created when missing.</param>
    public static void WriteFolder(IEnumerable<GeneratedArticle> articles, string folder)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(folder);
        Directory.CreateDirectory(folder);
        var list = articles.ToList();
        foreach (var article in list)
        {
            File.WriteAllText(Path.Combine(folder, article.Id), article.Text, Utf8);
        }

        using var stream = File.Create(Path.Combine(folder, SourceManifest.FileName));
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteStartArray("sources");
        foreach (var article in list)
        {
            json.WriteStartObject();
            WriteMetadata(json, article, "file");
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    /// <summary>
    /// Writes articles as a JSON Lines corpus: one object per line with <c>id</c>, <c>outlet</c>, <c>published</c>,
    /// <c>byline</c>, <c>wire</c> and <c>text</c>. The reader takes <c>wire</c> from the text's agency credit.
    /// </summary>
    /// <param name="articles">The articles.</param>
    /// <param name="path">The file; its folder must exist.</param>
    public static void WriteJsonLines(IEnumerable<GeneratedArticle> articles, string path)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.Create(path);
        foreach (var article in articles)
        {
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartObject();
                WriteMetadata(json, article, "id");
                json.WriteString("text", article.Text);
                json.WriteEndObject();
            }

            stream.WriteByte((byte)'\n');
        }
    }

    private static readonly UTF8Encoding Utf8 = new(false);

    private static void WriteMetadata(Utf8JsonWriter json, GeneratedArticle article, string idField)
    {
        json.WriteString(idField, article.Id);
        json.WriteString("outlet", article.Outlet);
        if (article.Published is { } published)
        {
            json.WriteString("published", Iso(published));
        }

        if (article.Byline is not null)
        {
            json.WriteString("byline", article.Byline);
        }

        if (article.Wire is not null)
        {
            json.WriteString("wire", article.Wire);
        }
    }

    private static string Iso(LocalDate day)
        => string.Create(CultureInfo.InvariantCulture, $"{day.Year:D4}-{day.Month:D2}-{day.Day:D2}");

    /// <summary>Another outlet's copy of a wire story: the agency's text under a new headline, with the outlet's own sign-off.</summary>
    private static GeneratedArticle CopyOf(Random random, string id, GeneratedArticle original)
    {
        var outlet = Pick(random, Outlets);
        var body = original.Text[(original.Text.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        var headline = Pick(random, ["Japan and Central Asia: what the summit was meant to deliver", "Summit diplomacy in the steppe", "Tokyo's Central Asian bet", "Wire: Japan and the five republics", "Japan, Central Asia and the megaquake warning", "Kishida's Central Asia plan"]);
        var text = new StringBuilder(headline).Append('\n').Append(body);
        if (random.Next(2) == 0)
        {
            text.Append('\n').Append("Source: ").Append(outlet).Append('\n');
        }

        var published = original.Written.PlusDays(random.Next(2));
        return new GeneratedArticle(id, outlet, published, null, original.Outlet, ArticleKind.WireCopy, text.ToString())
        {
            Errors = original.Errors,
            Written = published,
        };
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    /// <summary>Writes one article: its header, then paragraphs of facts, neighbouring events and analysis.</summary>
    private sealed class Writer(Random random, string id)
    {
        private readonly StringBuilder text = new();
        private PlantedError errors;
        private LocalDate published;

        public GeneratedArticle Story(ArticleKind kind)
        {
            published = kind switch
            {
                ArticleKind.Preview => new LocalDate(2024, 2, 20).PlusDays(random.Next(170)),
                ArticleKind.Cancellation => CancelledOn.PlusDays(random.Next(40)),
                _ => new LocalDate(2024, 10, 15).PlusDays(random.Next(420)),
            };
            var outlet = Pick(random, Outlets);
            var byline = Byline();
            Headline(kind);
            Header(byline, outlet, published);
            Facts(kind);
            Body(3 + random.Next(6), outlet);
            return Article(outlet, byline, kind);
        }

        public GeneratedArticle WireStory()
        {
            var kind = random.Next(2) == 0 ? ArticleKind.Preview : ArticleKind.Cancellation;
            published = kind == ArticleKind.Preview ? new LocalDate(2024, 7, 20).PlusDays(random.Next(18)) : CancelledOn.PlusDays(random.Next(5));
            var agency = random.Next(Agencies.Length);
            Headline(kind);
            var city = Pick(random, ["ASTANA", "TOKYO", "TASHKENT", "ALMATY"]);
            text.Append(city).Append(", ").Append(MonthAbbreviations[published.Month - 1]).Append(' ')
                .Append(published.Day.ToString(CultureInfo.InvariantCulture)).Append(", ")
                .Append(published.Year.ToString(CultureInfo.InvariantCulture)).Append(" (").Append(AgencyCredits[agency]).Append(") —\n\n");
            Facts(kind);
            Body(2 + random.Next(4), null);
            text.Append("Reporting by ").Append(Pick(random, FirstNames)).Append(' ').Append(Pick(random, LastNames))
                .Append("; editing by ").Append(Pick(random, FirstNames)).Append(' ').Append(Pick(random, LastNames)).Append('\n');
            return Article(Agencies[agency], null, ArticleKind.WireOriginal);
        }

        public GeneratedArticle Distractor()
        {
            published = new LocalDate(2023, 5, 1).PlusDays(random.Next(900));
            var outlet = Pick(random, Outlets);
            var byline = Byline();
            text.Append(Pick(random, ["Beijing and Brussels court Central Asia", "The crowded diplomacy of Central Asia", "Who is courting the five republics?", "Central Asia's summit season", "Budgets, loans and leaders: Central Asia's suitors"])).Append("\n\n");
            Header(byline, outlet, published);
            var paragraphs = new List<string>
            {
                "China hosted the first China-Central Asia summit in Xi'an on May 18-19, 2023, where President Xi Jinping pledged 26 billion yuan in financing and grants to the five republics.",
                "Senior officials of the Central Asia plus Japan Dialogue held their 16th meeting in Tokyo on May 14, 2024, and deputy foreign ministers of all six countries attended the officials' meeting.",
                "Japan has allocated $4.09 billion for official development assistance in the current fiscal year, half of the peak it reached in fiscal 1997.",
                "The first EU-Central Asia summit was held in Samarkand on April 3-4, 2025, where the European Union announced a 12 billion euro investment package for the region.",
                "The Central Asia plus Japan Dialogue was launched by Tokyo in August 2004, when foreign ministers met in Astana for the first time.",
                "The United States held its own C5+1 summit with the region's presidents in New York in September 2023.",
            };
            Shuffle(paragraphs);
            foreach (var paragraph in paragraphs.Take(2 + random.Next(3)))
            {
                text.Append(paragraph).Append(' ').Append(AnalysisSentence()).Append("\n\n");
            }

            Body(2 + random.Next(5), outlet);
            return Article(outlet, byline, ArticleKind.Distractor);
        }

        private GeneratedArticle Article(string outlet, string? byline, ArticleKind kind)
        {
            // Most manifests give the publication date; the others leave it to the header of the text.
            LocalDate? manifestDate = random.Next(100) < 85 ? published : null;
            return new GeneratedArticle(id, outlet, manifestDate, byline, null, kind, text.ToString()) { Errors = errors, Written = published };
        }

        private string? Byline() => random.Next(5) == 0 ? null : Pick(random, FirstNames) + " " + Pick(random, LastNames);

        private void Headline(ArticleKind kind)
        {
            var headlines = kind switch
            {
                ArticleKind.Preview => (string[])["Japan courts Central Asia as Kishida prepares landmark summit", "Kishida heads to Astana for first summit with Central Asian leaders", "Japan and Central Asia to meet at the top for the first time", "What to expect from the first Central Asia plus Japan summit", "Tokyo's Central Asia push reaches the summit level", "Central Asian leaders to meet Kishida"],
                ArticleKind.Cancellation => ["Quake fears upend Japan's Central Asia diplomacy", "Kishida calls off Central Asia trip after megaquake advisory", "Japan's first summit with Central Asia scrapped at the last minute", "Megaquake warning grounds Kishida", "Central Asia summit cancelled as Japan braces for quake"],
                _ => ["A year on, Japan's Central Asia summit that never was", "Looking back: the summit Japan had to cancel", "Japan's Central Asia strategy after the cancelled summit", "Tokyo tries again with Central Asia", "Why Japan's Central Asia summit still matters"],
            };
            text.Append(Pick(random, headlines)).Append("\n\n");
        }

        private void Header(string? byline, string outlet, LocalDate day)
        {
            if (byline is not null)
            {
                text.Append("By ").Append(byline);
                if (random.Next(2) == 0)
                {
                    text.Append(", ").Append(Pick(random, Roles));
                }

                text.Append('\n');
            }
            else
            {
                text.Append(outlet).Append('\n');
            }

            text.Append(random.Next(3) switch
            {
                0 => "Published: " + MonthAbbreviations[day.Month - 1].TrimEnd('.') + " " + day.Day.ToString("D2", CultureInfo.InvariantCulture) + ", " + day.Year.ToString(CultureInfo.InvariantCulture),
                _ => MonthNames[day.Month - 1] + " " + day.Day.ToString(CultureInfo.InvariantCulture) + ", " + day.Year.ToString(CultureInfo.InvariantCulture),
            });
            text.Append("\n\n");
        }

        /// <summary>The paragraph of facts about the summit and the tour, with the planted errors.</summary>
        private void Facts(ArticleKind kind)
        {
            var framework = Pick(random, Frameworks);
            var wrongYear = random.Next(100) < 4;
            var wrongPlace = random.Next(100) < 2;
            var wrongTitle = random.Next(100) < 5 && kind != ArticleKind.Retrospective;
            var saysHeld = kind != ArticleKind.Preview && random.Next(100) < 5;
            errors |= (wrongYear ? PlantedError.WrongYear : 0) | (wrongPlace ? PlantedError.WrongPlace : 0)
                      | (wrongTitle ? PlantedError.WrongTitle : 0) | (saysHeld ? PlantedError.SaysHeld : 0);
            var date = SummitDay(wrongYear, kind == ArticleKind.Retrospective);
            var place = wrongPlace ? "Almaty" : Pick(random, ["Astana", "Astana", "Astana, Kazakhstan", "the Kazakh capital, Astana"]);
            var first = Pick(random, ["first", "first", "inaugural"]);
            var kishida = wrongTitle ? "Foreign Minister Fumio Kishida" : Pick(random, ["Prime Minister Fumio Kishida", "Japanese Prime Minister Fumio Kishida", "Prime Minister Fumio Kishida", "PM Fumio Kishida"]);

            string lead;
            if (saysHeld)
            {
                lead = Pick(random, [
                    $"The {first} {framework} summit was held in {place} on {date}, bringing {kishida} together with the five Central Asian presidents.",
                    $"The {first} {framework} summit took place in {place} on {date}, and {kishida} met the leaders of the five republics.",
                ]);
            }
            else if (kind == ArticleKind.Preview)
            {
                lead = Pick(random, [
                    $"The {first} {framework} summit will take place in {place} on {date}, officials in Tokyo said.",
                    $"The {first} {framework} summit is scheduled for {date} in {place}.",
                    $"Leaders of Japan and the five Central Asian states will gather in {place} on {date} for the {first} {framework} summit.",
                    $"The {first} {framework} summit is set to take place in {place} on {date}, the culmination of two decades of dialogue.",
                ]);
            }
            else if (kind == ArticleKind.Cancellation)
            {
                lead = Pick(random, [
                    $"The {first} {framework} summit, planned for {date} in {place}, was cancelled after Japan's weather agency issued its first megaquake advisory.",
                    $"Japan called off the {first} {framework} summit, which had been scheduled for {date} in {place}, hours after a strong earthquake struck off Kyushu.",
                    $"The {first} {framework} summit in {place}, set for {date}, was scrapped at the last minute because of the risk of a major earthquake.",
                ]);
            }
            else
            {
                lead = Pick(random, [
                    $"The {first} {framework} summit, planned for {date} in {place}, was cancelled at the last minute when Japan issued a megaquake advisory.",
                    $"The {first} {framework} summit had been scheduled for {date} in {place}, but it was called off because of the risk of a major earthquake.",
                ]);
            }

            text.Append(lead).Append(' ').Append(AnalysisSentence()).Append("\n\n");

            var tour = kind == ArticleKind.Retrospective && !wrongTitle ? "Fumio Kishida, then prime minister," : kishida;
            var year = kind == ArticleKind.Retrospective ? ", 2024" : string.Empty;
            var visit = kind == ArticleKind.Preview
                ? Pick(random, [
                    $"{tour} will visit Kazakhstan, Uzbekistan and Mongolia from August 9 to 12.",
                    $"{tour} is scheduled to travel to Kazakhstan, Uzbekistan and Mongolia from Aug. 9 to Aug. 12.",
                ])
                : Pick(random, [
                    $"{tour} cancelled his trip to Kazakhstan, Uzbekistan and Mongolia, planned for August 9 to 12{year}.",
                    $"The tour of Kazakhstan, Uzbekistan and Mongolia that {tour} had planned from Aug. 9 to Aug. 12{year} was called off.",
                ]);
            var aid = Pick(random, ["$2 billion", "$2 billion", "US$2 billion", "¥300 billion", "2 billion dollars"]);
            var aidSentence = Pick(random, [
                $"Japan {(kind == ArticleKind.Preview ? "is expected to" : "was expected to")} announce an economic aid package of {aid} for the region at the summit.",
                $"At the summit, {(kind == ArticleKind.Preview ? "Tokyo plans to" : "Tokyo had planned to")} unveil {aid} in economic assistance for the five states.",
            ]);
            text.Append(visit).Append(' ');
            if (random.Next(4) != 0)
            {
                text.Append(aidSentence).Append(' ');
            }

            text.Append(AnalysisSentence()).Append("\n\n");
            if (kind != ArticleKind.Preview && random.Next(3) == 0)
            {
                text.Append("The five Central Asian presidents went ahead with their own Consultative Meeting in Astana on August 9 without him. ")
                    .Append(AnalysisSentence()).Append("\n\n");
            }

            if (random.Next(3) == 0)
            {
                text.Append(Pick(random, [
                    "China hosted its own summit with the region's leaders in Xi'an in May 2023 and pledged 26 billion yuan in financing.",
                    "Japan has allocated $4.09 billion for official development assistance in the current fiscal year.",
                    "The Central Asia plus Japan Dialogue was launched in August 2004 and until now had convened only foreign ministers and senior officials.",
                    "South Korea plans its own Korea-Central Asia summit in 2025.",
                ])).Append(' ').Append(AnalysisSentence()).Append("\n\n");
            }
        }

        private string SummitDay(bool wrongYear, bool withYear)
        {
            if (wrongYear)
            {
                return Pick(random, ["August 9, 2023", "9 August 2023", "Aug. 9, 2023"]);
            }

            return withYear
                ? Pick(random, ["August 9, 2024", "Aug. 9, 2024", "9 August 2024"])
                : Pick(random, ["August 9, 2024", "Aug. 9, 2024", "9 August 2024", "Friday, August 9", "August 9", "Aug. 9"]);
        }

        /// <summary>Paragraphs of analysis: experts, rivals, topics; no dates or places of events.</summary>
        private void Body(int paragraphs, string? outlet)
        {
            for (var p = 0; p < paragraphs; p++)
            {
                var sentences = 2 + random.Next(3);
                for (var s = 0; s < sentences; s++)
                {
                    text.Append(random.Next(4) == 0 ? Quote() : AnalysisSentence());
                    text.Append(s + 1 < sentences ? " " : "\n\n");
                }
            }

            if (outlet is not null && random.Next(4) == 0)
            {
                // The outlet's own sign-off; a credit of another outlet would make the article that outlet's copy.
                text.Append("-- ").Append(outlet).Append('\n');
            }
        }

        private string AnalysisSentence() => random.Next(5) switch
        {
            0 => $"{Pick(random, Actors)} has {Pick(random, Adverbs)} sought to {Pick(random, Aims)} {Pick(random, Means)}.",
            1 => $"{Pick(random, Rivals)} {Pick(random, RivalMoves)}, and {Pick(random, Regions)} {Pick(random, ["weigh", "balance", "measure", "test"])} every new offer against that.",
            2 => $"Cooperation on {TwoTopics()} {Pick(random, ["tops the agenda", "is expected to feature", "has gained ground", "remains the priority"])}, according to {Pick(random, ["diplomats", "officials", "analysts", "people familiar with the talks", "regional experts"])}.",
            3 => $"{Pick(random, Experts)}, {Pick(random, SaidVerbs)} that {Pick(random, ActorsInSentence)} wants to {Pick(random, Aims)} while {Pick(random, Regions)} {Pick(random, ["keep", "maintain", "guard"])} {Pick(random, ["their ties with", "their distance from", "good relations with"])} {Pick(random, Rivals)}.",
            _ => $"Trade between Japan and {Pick(random, Regions)} {Pick(random, ["remains small", "has grown", "is modest", "lags behind"])} compared with {Pick(random, Rivals)}, and {Pick(random, Topics)} {Pick(random, ["could change that", "is seen as the opening", "offers room to grow", "is where Tokyo hopes to stand out"])}.",
        };

        private string TwoTopics()
        {
            var first = random.Next(Topics.Length);
            var second = (first + 1 + random.Next(Topics.Length - 1)) % Topics.Length;
            return Topics[first] + " and " + Topics[second];
        }

        private string Quote()
        {
            var expert = Pick(random, Experts);
            var name = expert[..expert.IndexOf(',', StringComparison.Ordinal)];
            var surname = name[(name.LastIndexOf(' ') + 1)..];
            return random.Next(2) == 0
                ? $"\"{Pick(random, Quotes)},\" said {expert}."
                : $"\"{Pick(random, Quotes)},\" {surname} {Pick(random, ["said", "added", "told this newspaper"])}.";
        }

        private void Shuffle<T>(List<T> items)
        {
            for (var i = items.Count - 1; i > 0; i--)
            {
                var j = random.Next(i + 1);
                (items[i], items[j]) = (items[j], items[i]);
            }
        }
    }
}
