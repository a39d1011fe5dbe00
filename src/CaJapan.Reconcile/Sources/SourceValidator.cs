using FluentValidation;

namespace CaJapan.Reconcile.Sources;

/// <summary>Validates a source given in memory: an identifier, some text, no NUL characters, and a size within the limit.</summary>
internal sealed class SourceValidator : AbstractValidator<Source>
{
    public SourceValidator(long maxChars)
    {
        RuleFor(s => s.Id).NotEmpty().WithMessage("The source has no identifier; give each source a unique id such as its file name.");
        RuleFor(s => s.Text)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(Internal.Messages.EmptyText())
            .Must(t => t is null || t.Length <= maxChars).WithMessage(s => Internal.Messages.TooLarge(s.Text.Length, maxChars))
            .Must(t => t is null || !t.Contains('\0', StringComparison.Ordinal)).WithMessage(s => Internal.Messages.Binary(s.Text.IndexOf('\0', StringComparison.Ordinal)));
    }
}
