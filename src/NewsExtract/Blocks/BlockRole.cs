namespace NewsExtract.Blocks;

/// <summary>What a block is on the page.</summary>
internal enum BlockRole
{
    /// <summary>Not yet classified, or outside the article.</summary>
    Boilerplate = 0,
    Body,
    Title,
    Byline,
    Dateline,
    Source,
    Credit,
    Caption,
    Related,
    RelatedHeading,
    Breadcrumb,
    Player,
    Share,
    Copyright,
}
