using System.CommandLine;
using System.Text;
using CaJapan.Reconcile.Host;
using CaJapan.Reconcile.Recognition;
using NodaTime;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

var folder = new Argument<string?>("folder")
{
    Description = "The folder of articles (.txt, .md) to reconcile, with an optional sources.json manifest. Default: the bundled seeds.",
    Arity = ArgumentArity.ZeroOrOne,
};
var format = new Option<string>("--format", "-f")
{
    Description = "The report format: text for reading, json for machines.",
    DefaultValueFactory = _ => "text",
};
format.AcceptOnlyFromAmong(ReconcileCommand.Formats);
var output = new Option<FileInfo?>("--output", "-o")
{
    Description = "The file to write the report to, instead of standard output.",
};

var root = new RootCommand("Reads news articles about one story and reports the conflicts between them.") { folder, format, output };
root.SetAction((parsed, cancellationToken) => ReconcileCommand.RunAsync(
    new ReconcileRequest(parsed.GetValue(folder), parsed.GetValue(format) ?? "text", parsed.GetValue(output)?.FullName),
    Console.Out,
    Console.Error,
    cancellationToken));

var input = new Argument<string?>("file")
{
    Description = "A file of lines: JSON objects {\"id\", \"text\", \"reference\"} or plain text. Default, or '-': standard input.",
    Arity = ArgumentArity.ZeroOrOne,
};
var reference = new Option<LocalDate?>("--reference", "-r")
{
    Description = "The reference date (ISO, such as 2024-08-06) for lines that give none: years left out and relative dates are read against it.",
    CustomParser = result =>
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        var date = RecognizeCommand.ParseReference(text);
        if (date is null)
        {
            result.AddError($"'{text}' is not an ISO date such as 2024-08-06.");
        }

        return date;
    },
};
var plain = new Option<bool>("--plain")
{
    Description = "Read every line as plain text, even one that starts with '{'.",
};
var recognizeOutput = new Option<FileInfo?>("--output", "-o")
{
    Description = "The file to write the JSON lines to, instead of standard output.",
};
var recognize = new Command(
    "recognize",
    "Shows how dates and amounts of money are read: one JSON line {\"id\", \"found\": [{\"text\", \"start\", \"end\", \"kind\", \"value\"}]} per input line.")
{
    input, reference, plain, recognizeOutput,
};
recognize.SetAction(async (parsed, cancellationToken) =>
{
    using var stdin = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    return await RecognizeCommand.RunAsync(
        new RecognizeRequest(parsed.GetValue(input), parsed.GetValue(reference), parsed.GetValue(plain), parsed.GetValue(recognizeOutput)?.FullName),
        new MentionRecognizer(),
        stdin,
        Console.Out,
        Console.Error,
        cancellationToken);
});
root.Subcommands.Add(recognize);

var parseResult = root.Parse(args);
if (parseResult.Errors.Count > 0)
{
    return ReconcileCommand.UsageError(parseResult.Errors.Select(e => e.Message), Console.Error);
}

return await parseResult.InvokeAsync();
