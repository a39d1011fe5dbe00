using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using CaJapan.Reconcile.Reporting;
using CaJapan.Reconcile.Tests.Specifications;
using Xunit.Abstractions;

namespace CaJapan.Reconcile.Tests.Reporting;

/// <summary>
/// Renders the HTML report in a real browser, headless Chromium, and reads back the DOM it built. When Chromium is
/// not installed the tests fail on CI (<c>CI=true</c>) and otherwise return early, saying so in the test output.
/// </summary>
public sealed class HtmlBrowserTests(SeedCorpus seeds, ITestOutputHelper output) : IClassFixture<SeedCorpus>
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    [Fact]
    public async Task TheSeedsReportRendersWithEveryConflictAndNoScriptError()
    {
        if (Browser() is not { } browser)
        {
            return;
        }

        var html = await ReportSamples.WriteAsync(new HtmlReportWriter(), seeds.Result);

        var (exitCode, dom, log) = await RenderAsync(browser, html);

        exitCode.Should().Be(0, "Chromium renders the page; its log was:\n{0}", log);
        dom.Should().Contain("<h1>");
        seeds.Result.Conflicts.Should().NotBeEmpty();
        foreach (var conflict in seeds.Result.Conflicts)
        {
            dom.Should().Contain($"id=\"{conflict.Id}\"", "conflict {0} is in the rendered page", conflict.Id);
            dom.Should().Contain($"href=\"#{conflict.Id}\"", "the contents link to conflict {0}", conflict.Id);
        }

        log.Should().NotContain("Uncaught", "the page raises no script error");
    }

    [Fact]
    public async Task AnArticleWithAScriptDoesNotAddAScriptElement()
    {
        if (Browser() is not { } browser)
        {
            return;
        }

        const string Text = "The summit opens on August 9, 2024. <script>alert(1)</script> <img src=x onerror=alert(2)>";
        var quote = "August 9, 2024. <script>alert(1)</script>";
        var claim = ReportSamples.DateA with { Evidence = ReportSamples.Span("a.txt", Text, quote) };
        var result = ReportSamples.Result() with
        {
            Sources = [ReportSamples.SourceA with { Text = Text }, ReportSamples.SourceB],
            Claims = [claim, ReportSamples.StatusB, ReportSamples.DateB],
        };
        var html = await ReportSamples.WriteAsync(new HtmlReportWriter(), result);

        var (exitCode, dom, log) = await RenderAsync(browser, html);

        exitCode.Should().Be(0, "Chromium renders the page; its log was:\n{0}", log);
        Regex.IsMatch(dom, "<script", RegexOptions.IgnoreCase).Should().BeFalse("the article's script is shown as text, not run");
        Regex.IsMatch(dom, "<img", RegexOptions.IgnoreCase).Should().BeFalse("the article's image tag is shown as text");
        dom.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;");
        log.Should().NotContain("Uncaught");
    }

    private string? Browser()
    {
        var browser = Candidates.FirstOrDefault(File.Exists);
        if (browser is not null)
        {
            return browser;
        }

        const string Missing = "Chromium is not installed (looked for " + "/usr/bin/chromium" + "); install it with `apt-get install -y chromium` to render the HTML report in a browser.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(Missing + " CI=true, so the browser check may not be skipped.");
        }

        output.WriteLine(Missing + " Skipped because CI is not true.");
        return null;
    }

    private static async Task<(int ExitCode, string Dom, string Log)> RenderAsync(string browser, string html)
    {
        var folder = Directory.CreateTempSubdirectory("cajapan-html-");
        try
        {
            var page = Path.Combine(folder.FullName, "report.html");
            await File.WriteAllTextAsync(page, html, new UTF8Encoding(false));
            var start = new ProcessStartInfo(browser)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--disable-extensions",
                "--enable-logging=stderr", "--v=0", $"--user-data-dir={Path.Combine(folder.FullName, "profile")}",
                "--dump-dom", new Uri(page).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var dom = process.StandardOutput.ReadToEndAsync();
            var log = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("Chromium did not render the page within 90 seconds.");
            }

            return (process.ExitCode, await dom, await log);
        }
        finally
        {
            try
            {
                folder.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A browser helper may still hold the profile for a moment; the temporary folder is left behind.
            }
        }
    }
}
