using FluentValidation;
using NodaTime.Text;

namespace CaJapan.Reconcile.Sources;

/// <summary>Validates one entry of a <see cref="SourceManifest"/>: a plain file name inside the folder, an absolute URL, an ISO date.</summary>
internal sealed class SourceManifestEntryValidator : AbstractValidator<SourceManifestEntry>
{
    public SourceManifestEntryValidator()
    {
        RuleFor(e => e.File)
            .NotEmpty().WithMessage("'file' is missing; give the article's file name.")
            // The condition guards this check alone: by default When applies to every check before it, NotEmpty too.
            .Must(BeAPlainFileName!).When(e => !string.IsNullOrEmpty(e.File), ApplyConditionTo.CurrentValidator)
            .WithMessage(e => $"'file' is '{e.File}', which points outside the folder; give a file name inside it.");
        RuleFor(e => e.Url)
            .Must(u => Uri.TryCreate(u, UriKind.Absolute, out _)).When(e => e.Url is not null)
            .WithMessage(e => $"'url' is '{e.Url}', which is not an absolute address.");
        RuleFor(e => e.Published)
            .Must(p => LocalDatePattern.Iso.Parse(p!).Success).When(e => e.Published is not null)
            .WithMessage(e => $"'published' is '{e.Published}', which is not a calendar date like 2024-08-06.");
    }

    private static bool BeAPlainFileName(string file)
        => !System.IO.Path.IsPathRooted(file)
           && file.IndexOfAny(['/', '\\']) < 0
           && file is not "." and not ".."
           && file.IndexOfAny(System.IO.Path.GetInvalidFileNameChars()) < 0;
}
