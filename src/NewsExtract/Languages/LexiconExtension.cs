namespace NewsExtract.Languages;

/// <summary>
/// Extra language knowledge a user merges over the built-in lexicons: more credit roles, source cues, agency aliases,
/// comment headings, date words — any list of the lexicon files (<c>Languages/*.json</c>, listed in the README). Every
/// list is added to the built-in one for <see cref="Language"/>, or replaces it when named in <see cref="ReplacedLists"/>.
/// Checked when the extractor is built: a name that is no list is an <see cref="ArgumentException"/>.
/// </summary>
public sealed record LexiconExtension(ContentLanguage Language)
{
    /// <summary>Credit roles (<c>责任编辑</c>, <c>Biên tập</c>): the list <c>creditRoles</c>.</summary>
    public IReadOnlyList<string> CreditRoles { get; init; } = [];

    /// <summary>Phrases that introduce a source (<c>来源</c>, <c>Nguồn</c>): the list <c>sourceLabels</c>.</summary>
    public IReadOnlyList<string> SourceLabels { get; init; } = [];

    /// <summary>Agencies: canonical name first, then its aliases (the list <c>agencies</c>).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Agencies { get; init; } = [];

    /// <summary>Headings of related-article lists (<c>相关阅读</c>, <c>Tin liên quan</c>): the list <c>relatedHeadings</c>.</summary>
    public IReadOnlyList<string> RelatedHeadings { get; init; } = [];

    /// <summary>Phrases that mark a line as boilerplate (copyright, share bars, comment prompts): the list <c>boilerplatePhrases</c>.</summary>
    public IReadOnlyList<string> BoilerplatePhrases { get; init; } = [];

    /// <summary>
    /// More entries for any list, by its name in the lexicon files: <c>commentHeadings</c>, <c>captionOpenings</c>,
    /// <c>dates.units.hour</c>, <c>dates.zones.+08:00</c> (the README lists them all). Entries given here and in the typed
    /// properties above are both added.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Lists { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The lists (by name, <c>agencies</c> included) whose built-in entries this extension's replace instead of extending.</summary>
    public IReadOnlyList<string> ReplacedLists { get; init; } = [];

    /// <summary>
    /// Reads a user lexicon file: the format of the built-in files (<c>"language": "zh-Hans"</c>, then any lists), with an
    /// optional <c>"replace": ["creditRoles"]</c> naming the lists it replaces. Settings (<c>ignoreCase</c>) stay the
    /// built-in file's.
    /// </summary>
    /// <exception cref="FormatException">The text is not such a file, names a list that does not exist or a language NewsExtract does not read.</exception>
    public static LexiconExtension FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var file = Lexicon.Parse(json, "file", out var replaced);
        var tag = file.Tags[0];
        var language = LanguageRegistry.BuiltIn.FirstOrDefault(l => string.Equals(l.Tag, tag, StringComparison.OrdinalIgnoreCase))?.Language
            ?? throw new FormatException($"The lexicon file is for \"{tag}\"; the languages read are {string.Join(", ", LanguageRegistry.BuiltIn.Select(l => l.Tag))}.");
        if (file.Setting(LexiconLists.IgnoreCase) is not null || LexiconLists.Settings.Any(s => file.Setting(s) is not null))
        {
            throw new FormatException("A user's lexicon file may hold lists only; settings (ignoreCase, dates.dayFirst…) stay the built-in file's.");
        }

        return new LexiconExtension(language)
        {
            Lists = file.Names.ToDictionary(n => n, n => file[n], StringComparer.Ordinal),
            Agencies = file.Agencies,
            ReplacedLists = replaced,
        };
    }

    /// <summary>Every list this extension adds to, by name, the typed properties' entries included.</summary>
    internal IReadOnlyDictionary<string, IReadOnlyList<string>> AllLists()
    {
        var all = Lists.ToDictionary(e => e.Key, e => (IReadOnlyList<string>)[.. e.Value], StringComparer.Ordinal);
        Add(all, LexiconLists.CreditRoles, CreditRoles);
        Add(all, LexiconLists.SourceLabels, SourceLabels);
        Add(all, LexiconLists.RelatedHeadings, RelatedHeadings);
        Add(all, LexiconLists.BoilerplatePhrases, BoilerplatePhrases);
        return all;
    }

    private static void Add(Dictionary<string, IReadOnlyList<string>> all, string name, IReadOnlyList<string> entries)
    {
        if (entries.Count > 0)
        {
            all[name] = [.. all.GetValueOrDefault(name) ?? [], .. entries];
        }
    }
}
