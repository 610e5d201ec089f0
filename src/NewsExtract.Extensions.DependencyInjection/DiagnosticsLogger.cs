using Microsoft.Extensions.Logging;

namespace NewsExtract.Extensions.DependencyInjection;

/// <summary>Writes what <see cref="ExtractionDiagnostics"/> records to an <see cref="ILogger"/>.</summary>
internal sealed partial class DiagnosticsLogger(ILogger logger) : IExtractionListener
{
    public void OnExtracted(Article article, PageContext context)
    {
        var diagnostics = article.Diagnostics;
        var url = context.Url?.ToString() ?? "(no URL)";
        if (diagnostics.Truncated && logger.IsEnabled(LogLevel.Warning))
        {
            var limits = string.Join("; ", diagnostics.Notes.Where(n => n.Code.StartsWith("limit.", StringComparison.Ordinal)).Select(n => n.Message));
            Truncated(logger, url, limits);
        }

        if (logger.IsEnabled(LogLevel.Warning) && diagnostics.Notes.Any(n => n.Code == "input.binary"))
        {
            Binary(logger, url);
        }

        if (logger.IsEnabled(LogLevel.Debug))
        {
            var language = article.Language.ToLanguageTag();
            Extracted(logger, url, article.IsArticle, language, article.Paragraphs.Count, diagnostics.Encoding ?? "(text)", diagnostics.EncodingEvidence, diagnostics.ReplacementCharacters);
        }

        if (logger.IsEnabled(LogLevel.Trace))
        {
            foreach (var note in diagnostics.Notes)
            {
                Note(logger, url, note.Code, note.Message);
            }
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Extracted {Url}: article {IsArticle}, {Language}, {Paragraphs} paragraphs; encoding {Encoding} ({Evidence}), {Replacements} replacement characters")]
    private static partial void Extracted(ILogger logger, string url, bool isArticle, string language, int paragraphs, string encoding, EncodingEvidence evidence, int replacements);

    [LoggerMessage(EventId = 2, Level = LogLevel.Trace, Message = "{Url}: {Code}: {Message}")]
    private static partial void Note(ILogger logger, string url, string code, string message);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "{Url}: a limit cut the input short, the article covers what was read: {Limits}")]
    private static partial void Truncated(ILogger logger, string url, string limits);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "{Url}: the input is binary, not a page; nothing was extracted")]
    private static partial void Binary(ILogger logger, string url);
}
