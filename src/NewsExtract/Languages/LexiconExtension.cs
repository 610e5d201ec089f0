namespace NewsExtract.Languages;

/// <summary>
/// Extra language knowledge a user merges over the built-in lexicons: more credit roles, source cues, agency aliases,
/// boilerplate phrases. Every list is added to the built-in one for <see cref="Language"/>.
/// </summary>
public sealed record LexiconExtension(ContentLanguage Language)
{
    /// <summary>Credit roles (<c>责任编辑</c>, <c>Biên tập</c>).</summary>
    public IReadOnlyList<string> CreditRoles { get; init; } = [];

    /// <summary>Phrases that introduce a source (<c>来源</c>, <c>Nguồn</c>).</summary>
    public IReadOnlyList<string> SourceLabels { get; init; } = [];

    /// <summary>Agencies: canonical name first, then its aliases.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Agencies { get; init; } = [];

    /// <summary>Headings of related-article lists (<c>相关阅读</c>, <c>Tin liên quan</c>).</summary>
    public IReadOnlyList<string> RelatedHeadings { get; init; } = [];

    /// <summary>Phrases that mark a line as boilerplate (copyright, share bars, comment prompts).</summary>
    public IReadOnlyList<string> BoilerplatePhrases { get; init; } = [];
}
