using CaJapan.Reconcile.Bulk;
using CaJapan.Reconcile.Extraction;
using CaJapan.Reconcile.Knowledge;
using CaJapan.Reconcile.Recognition;
using CaJapan.Reconcile.Reporting;
using CaJapan.Reconcile.Reconciliation;
using CaJapan.Reconcile.Structured;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaJapan.Reconcile;

/// <summary>Registers the reconciliation engine with a service collection.</summary>
public static class ReconcileServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IReconciler"/>, the built-in extractor and rules, the domain pack, the
    /// <see cref="IMentionRecognizer"/> that reads dates and amounts the way the extractor does, and the
    /// <see cref="StructuredValueParser"/> and <see cref="StructuredClaimReader"/> that read structured claims with the
    /// pack's places, and the <see cref="BulkReconciler"/> for tables of millions of claims. Calling it again adds
    /// nothing twice; add an extractor or rule with <c>TryAddEnumerable</c>, or remove a built-in one to replace it.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; they are validated when the engine is first built, with every error at once.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddReconcile(this IServiceCollection services, Action<ReconcileOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<ReconcileOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReconcileOptions>, ReconcileOptionsValidation>());
        services.TryAddSingleton(sp => ReconcileEngine.LoadPack(sp.GetRequiredService<IOptions<ReconcileOptions>>().Value));
        services.TryAddSingleton(sp => new PackIndex(sp.GetRequiredService<DomainPack>()));
        services.TryAddSingleton<IMentionRecognizer>(sp => new MentionRecognizer(sp.GetRequiredService<PackIndex>()));
        services.TryAddSingleton(sp => new StructuredValueParser(sp.GetRequiredService<PackIndex>()));
        services.TryAddSingleton(sp => new StructuredClaimReader(sp.GetRequiredService<StructuredValueParser>(), sp.GetRequiredService<IOptions<ReconcileOptions>>().Value.MaxClaimLineBytes));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IClaimExtractor, PackClaimExtractor>(sp => new PackClaimExtractor(sp.GetRequiredService<PackIndex>())));
        foreach (var rule in ReconcileEngine.BuiltInRules())
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IReconciliationRule), rule.GetType()));
        }

        foreach (var writer in ReportWriters.BuiltIn())
        {
            // One writer per format; an app replaces one by removing its registration, or adds a format of its own.
            services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IReportWriter), writer.GetType()));
        }

        services.TryAddSingleton<IReconciler>(sp => new ReconcileEngine(
            sp.GetRequiredService<IOptions<ReconcileOptions>>().Value,
            sp.GetRequiredService<PackIndex>(),
            sp.GetServices<IClaimExtractor>(),
            sp.GetServices<IReconciliationRule>(),
            sp.GetService<ILogger<ReconcileEngine>>()));
        services.TryAddSingleton(sp => new BulkReconciler(sp.GetRequiredService<IOptions<ReconcileOptions>>().Value, sp.GetRequiredService<DomainPack>()));
        return services;
    }

    private sealed class ReconcileOptionsValidation : IValidateOptions<ReconcileOptions>
    {
        private readonly ReconcileOptionsValidator validator = new();

        public ValidateOptionsResult Validate(string? name, ReconcileOptions options)
        {
            var result = validator.Validate(options);
            return result.IsValid ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(result.Errors.Select(e => e.ErrorMessage));
        }
    }
}
