using System.Text;

namespace CaJapan.Reconcile.Tests.Reporting;

/// <summary>
/// Compares a report with its approved file under <c>Reporting/Approved/</c> in the test project's source folder. On
/// a mismatch it writes the report next to it as <c>*.received.*</c> (git-ignored) and fails, saying how to approve.
/// </summary>
internal static class Approval
{
    public static string ApprovedFolder { get; } = Path.Combine(ProjectFolder(), "Reporting", "Approved");

    /// <summary>Verifies a report against <c>{name}.approved.{extension}</c>.</summary>
    public static void Verify(string received, string name, string extension)
    {
        received.Should().NotContain("\r", "reports break lines with \\n only");
        var approvedPath = Path.Combine(ApprovedFolder, $"{name}.approved.{extension}");
        var receivedPath = Path.Combine(ApprovedFolder, $"{name}.received.{extension}");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (approved == received)
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(ApprovedFolder);
        File.WriteAllText(receivedPath, received, new UTF8Encoding(false));
        var why = approved is null ? "There is no approved file yet" : "The report differs from the approved file";
        Assert.Fail(
            $"{why}: {approvedPath}. The report was written to {receivedPath}. If the change is intended, approve it by " +
            $"copying the received file over the approved one (cp '{receivedPath}' '{approvedPath}') and commit the approved file.");
    }

    /// <summary>Finds the test project's source folder by walking up from the test output to the folder with its project file.</summary>
    private static string ProjectFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CaJapan.Reconcile.Tests.csproj")))
            {
                return folder.FullName;
            }

            var nested = Path.Combine(folder.FullName, "tests", "CaJapan.Reconcile.Tests");
            if (File.Exists(Path.Combine(nested, "CaJapan.Reconcile.Tests.csproj")))
            {
                return nested;
            }
        }

        throw new InvalidOperationException($"The test project's folder was not found above {AppContext.BaseDirectory}.");
    }
}
