using System.CommandLine;
using System.Text;
using CaJapan.Reconcile.Host;

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

var parseResult = root.Parse(args);
if (parseResult.Errors.Count > 0)
{
    return ReconcileCommand.UsageError(parseResult.Errors.Select(e => e.Message), Console.Error);
}

return await parseResult.InvokeAsync();
