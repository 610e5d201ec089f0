using System.Collections.ObjectModel;

namespace NewsExtract;

/// <summary>
/// Builds an <see cref="ArticleExtractor"/> from options and extensions; the extractor it builds is immutable and
/// thread-safe, the builder is not (configure it on one thread, build once, share the extractor).
/// </summary>
/// <example>
/// <code>
/// ArticleExtractor extractor = ArticleExtractor.CreateBuilder()
///     .Configure(options => options with { ReferenceTime = fetchedAt })
///     .UseReadabilityFallback()          // NewsExtract.Readability
///     .Build();
/// </code>
/// </example>
public sealed class ArticleExtractorBuilder
{
    /// <summary>The options the extractor is built with; <see cref="ExtractionOptions.Default"/> to begin with.</summary>
    public ExtractionOptions Options { get; set; } = ExtractionOptions.Default;

    /// <summary>The extensions, set up in this order when the extractor is built.</summary>
    public ExtensionList Extensions { get; } = [];

    /// <summary>
    /// The second opinions on where the article is, asked in this order (see <see cref="IContentFallback"/>). Extensions
    /// add theirs in <see cref="IArticleExtractorExtension.Setup"/>; a fallback may also be added here directly.
    /// </summary>
    public IList<IContentFallback> ContentFallbacks { get; } = [];

    /// <summary>Told of every article the extractor returns (see <see cref="IExtractionListener"/>), in this order.</summary>
    public IList<IExtractionListener> Listeners { get; } = [];

    /// <summary>Derives the options from the current ones (<c>options =&gt; options with { … }</c>).</summary>
    public ArticleExtractorBuilder Configure(Func<ExtractionOptions, ExtractionOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Options = configure(Options) ?? throw new InvalidOperationException("The configure function returned no options.");
        return this;
    }

    /// <summary>Adds an extension (once: an extension of the same type already added is kept instead).</summary>
    public ArticleExtractorBuilder Use(IArticleExtractorExtension extension)
    {
        ArgumentNullException.ThrowIfNull(extension);
        if (!Extensions.Any(e => e.GetType() == extension.GetType()))
        {
            Extensions.Add(extension);
        }

        return this;
    }

    /// <summary>Sets every extension up (in order), then builds the extractor. The builder can be built again.</summary>
    public ArticleExtractor Build()
    {
        var setUp = new HashSet<IArticleExtractorExtension>(ReferenceEqualityComparer.Instance);
        // An extension may add others while it is set up; those are set up too, each once.
        for (var i = 0; i < Extensions.Count; i++)
        {
            if (setUp.Add(Extensions[i]))
            {
                Extensions[i].Setup(this);
            }
        }

        return new ArticleExtractor(Options, [.. Extensions], [.. ContentFallbacks.Distinct()], [.. Listeners.Distinct()]);
    }
}

/// <summary>The extensions of an <see cref="ArticleExtractorBuilder"/>, in the order they are set up.</summary>
public sealed class ExtensionList : Collection<IArticleExtractorExtension>
{
    /// <summary>Adds a new <typeparamref name="T"/> unless one is already in the list; returns the one in the list.</summary>
    public T AddIfNotAlready<T>() where T : class, IArticleExtractorExtension, new()
    {
        if (Find<T>() is { } existing)
        {
            return existing;
        }

        var added = new T();
        Add(added);
        return added;
    }

    /// <summary>The first extension of type <typeparamref name="T"/>, or null.</summary>
    public T? Find<T>() where T : class, IArticleExtractorExtension => this.OfType<T>().FirstOrDefault();

    /// <summary>True when an extension of type <typeparamref name="T"/> is in the list.</summary>
    public bool Contains<T>() where T : class, IArticleExtractorExtension => Find<T>() is not null;

    /// <inheritdoc/>
    protected override void InsertItem(int index, IArticleExtractorExtension item)
    {
        ArgumentNullException.ThrowIfNull(item);
        base.InsertItem(index, item);
    }

    /// <inheritdoc/>
    protected override void SetItem(int index, IArticleExtractorExtension item)
    {
        ArgumentNullException.ThrowIfNull(item);
        base.SetItem(index, item);
    }
}
