namespace NewsExtract;

/// <summary>One paragraph of the article body.</summary>
/// <param name="Text">The paragraph's text, trimmed, never empty.</param>
/// <param name="Kind">What part of the article it is.</param>
public sealed record Paragraph(string Text, ParagraphKind Kind = ParagraphKind.Text);

/// <summary>The part a paragraph plays in the body.</summary>
public enum ParagraphKind
{
    /// <summary>Running text.</summary>
    Text = 0,

    /// <summary>The lead: a Chinese dateline lead or a Vietnamese sapo.</summary>
    Lead,

    /// <summary>An in-article subheading.</summary>
    Heading,

    /// <summary>A quoted block.</summary>
    Quote,
}
