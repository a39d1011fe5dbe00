using FluentValidation;

namespace CaJapan.Reconcile;

/// <summary>Validates <see cref="ReconcileOptions"/>; every error names the option and the value received.</summary>
internal sealed class ReconcileOptionsValidator : AbstractValidator<ReconcileOptions>
{
    public ReconcileOptionsValidator()
    {
        RuleFor(o => o.MaxSourceBytes).GreaterThan(0)
            .WithMessage(o => $"MaxSourceBytes is {o.MaxSourceBytes}; it must be a positive number of bytes.");
        RuleFor(o => o.MaxClaimLineBytes).GreaterThan(0)
            .WithMessage(o => $"MaxClaimLineBytes is {o.MaxClaimLineBytes}; it must be a positive number of bytes.");
        RuleFor(o => o.DefaultSourceTrust).Must(BeAProbability)
            .WithMessage(o => $"DefaultSourceTrust is {o.DefaultSourceTrust}; it must be between 0 and 1.");
        RuleFor(o => o.KnowledgePenalty).Must(BeAProbability)
            .WithMessage(o => $"KnowledgePenalty is {o.KnowledgePenalty}; it must be between 0 and 1.");
        RuleFor(o => o.MinimumResolutionConfidence).Must(BeAProbability)
            .WithMessage(o => $"MinimumResolutionConfidence is {o.MinimumResolutionConfidence}; it must be between 0 and 1.");
        RuleFor(o => o.FalseValueCount).GreaterThan(0)
            .WithMessage(o => $"FalseValueCount is {o.FalseValueCount}; it must be at least 1.");
        RuleFor(o => o.TrustPriorWeight).Must(w => w > 0 && double.IsFinite(w))
            .WithMessage(o => $"TrustPriorWeight is {o.TrustPriorWeight}; it must be a positive number of facts.");
        RuleFor(o => o.MaxTrustIterations).InclusiveBetween(1, 1000)
            .WithMessage(o => $"MaxTrustIterations is {o.MaxTrustIterations}; it must be between 1 and 1000.");
        RuleFor(o => o.MaxDegreeOfParallelism).InclusiveBetween(1, 512)
            .WithMessage(o => $"MaxDegreeOfParallelism is {o.MaxDegreeOfParallelism}; it must be between 1 (one thread) and 512.");
        RuleFor(o => o.PartialAgreementWeight).Must(BeAProbability)
            .WithMessage(o => $"PartialAgreementWeight is {o.PartialAgreementWeight}; it must be between 0 and 1.");
        RuleForEach(o => o.MultiValuedProperties).Must(p => !string.IsNullOrWhiteSpace(p))
            .WithMessage("MultiValuedProperties holds a blank property name; remove it.");
        RuleForEach(o => o.OutletTrust).Must(kv => BeAProbability(kv.Value))
            .WithMessage((_, kv) => $"OutletTrust['{kv.Key}'] is {kv.Value}; it must be between 0 and 1.");
        RuleFor(o => o.DomainPackPath).Must(File.Exists).When(o => o.DomainPackPath is not null)
            .WithMessage(o => $"DomainPackPath is '{o.DomainPackPath}', which is not a file.");
    }

    public void ValidateAndThrowAll(ReconcileOptions options)
    {
        var result = Validate(options);
        if (!result.IsValid)
        {
            throw new ValidationException($"The reconcile options are not valid: {string.Join(" ", result.Errors.Select(e => e.ErrorMessage))}", result.Errors);
        }
    }

    private static bool BeAProbability(double value) => value is >= 0 and <= 1;
}
