using System.Reflection;

namespace CaJapan.Reconcile.Tests.Robustness;

/// <summary>The library reads what it is given and fetches nothing: it references no network assembly, so URLs in manifests stay text.</summary>
public sealed class NoNetworkTests
{
    private static readonly string[] NetworkAssemblies = ["System.Net.Http", "System.Net.Sockets", "System.Net.Requests", "System.Net.WebClient", "System.Net.NameResolution"];

    [Fact]
    public void The_library_references_no_network_assembly()
    {
        var referenced = typeof(ReconcileEngine).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();

        referenced.Should().Contain("System.Runtime", because: "the list of references is read");
        referenced.Should().NotContain(NetworkAssemblies);
    }
}
