using System.Text;
using CaJapan.Reconcile.Host;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

return await HostCommandLine.RunAsync(
    args,
    Console.Out,
    Console.Error,
    () => new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)),
    HostTerminal.OfConsole());
