using System.Text.RegularExpressions;
using NewsExtract.Blocks;
using NewsExtract.Text;

namespace NewsExtract.Classification;

/// <summary>
/// How much a block looks like running article text: positive for long, punctuated, link-free text,
/// negative for links, short labels and blocks inside boilerplate containers. Content location sums these.
/// </summary>
internal static partial class BlockWeights
{
    /// <summary>The weights of all blocks, with the one rule that needs a neighbour: teasers.</summary>
    public static double[] Of(IReadOnlyList<Block> blocks)
    {
        using var answers = ThreadScratch<HintAnswers>.Rent();
        return Of(blocks, answers.Value.ByHints);
    }

    /// <summary>For one page, the boilerplate-hint answer per hints instance.</summary>
    private sealed class HintAnswers : IScratch
    {
        public Dictionary<string, bool> ByHints { get; } = new(ReferenceEqualityComparer.Instance);

        public bool Reset()
        {
            ByHints.Clear();
            return true;
        }
    }

    private static double[] Of(IReadOnlyList<Block> blocks, Dictionary<string, bool> answers)
    {
        var weights = new double[blocks.Count];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = Of(blocks[i], answers);

            // A summary right under a linked headline is a teaser of another article (home pages, "more news" boxes),
            // however much it reads like running text.
            if (weights[i] > 0 && FollowsLinkedHeadline(blocks, i))
            {
                blocks[i].IsTeaser = true;
                weights[i] = (weights[i] * 0.2) - 3;
            }
        }

        return weights;
    }

    /// <summary>
    /// Sets the block's boilerplate-hint answer from the one of an earlier block with the same hints instance: the HTML
    /// reader gives equal hints one instance per page and a page has few distinct ones (a menu's items, an article's
    /// paragraphs share theirs), so the regex runs once per distinct hints instead of once per block.
    /// </summary>
    private static void AnswerHints(Block block, Dictionary<string, bool> answers)
    {
        if (block.HintsAreBoilerplate is not null || block.Hints.Length == 0)
        {
            return;
        }

        if (!answers.TryGetValue(block.Hints, out var answer))
        {
            answer = BoilerplateHint().IsMatch(block.Hints);
            answers[block.Hints] = answer;
        }

        block.HintsAreBoilerplate = answer;
    }

    // The headline may be separated from its summary by a short info line (author | time).
    private static bool FollowsLinkedHeadline(IReadOnlyList<Block> blocks, int i)
    {
        for (var j = i - 1; j >= 0 && j >= i - 2; j--)
        {
            if (IsLinkedHeadline(blocks[j]))
            {
                return !ReferenceEquals(blocks[j].Element, blocks[i].Element);
            }

            if (blocks[j].Metrics.ReadingLength > 20 || blocks[j].LinkDensity > 0)
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsLinkedHeadline(Block block) => block.LinkDensity >= 0.8 && block.Metrics.ReadingLength is >= 6 and <= 50;

    private static double Of(Block block, Dictionary<string, bool> answers)
    {
        var units = block.Metrics.ReadingLength;
        if (units == 0)
        {
            return 0;
        }

        var linkDensity = EffectiveLinkDensity(block);
        if (linkDensity >= 0.5)
        {
            return -2 - Math.Min(30, units * linkDensity * 0.5);
        }

        double weight = units * (1 - linkDensity);
        if (block.Metrics.Punctuation == 0)
        {
            weight = units < 15 ? -2 : (weight * 0.3) - 1;
        }
        else
        {
            weight += Math.Min(block.Metrics.Punctuation, 20);
        }

        AnswerHints(block, answers);
        if (HasBoilerplateHint(block))
        {
            weight = weight > 0 ? (weight * 0.15) - 3 : weight - 3;
        }

        return weight - 1;
    }

    /// <summary>
    /// The block's link density, except that a long punctuated sentence is not a link label: it sits inside an
    /// <c>&lt;a&gt;</c> only because a link was left unclosed and the parser carried it on (browsers do the same).
    /// </summary>
    public static double EffectiveLinkDensity(Block block) =>
        block.LinkDensity >= 0.5 && block.Metrics.ReadingLength >= 50 && block.Metrics.Punctuation >= 4 ? 0.3 : block.LinkDensity;

    /// <summary>True when the given class/id words name a boilerplate region.</summary>
    public static bool IsBoilerplateHint(string hints) => hints.Length > 0 && BoilerplateHint().IsMatch(hints);

    /// <summary>True when a class or id near the block names a boilerplate region.</summary>
    public static bool HasBoilerplateHint(Block block) => block.HintsAreBoilerplate ??= block.Hints.Length > 0 && BoilerplateHint().IsMatch(block.Hints);

    // Class/id words of regions that are never the article: comments, footers, navigation, related lists, share bars.
    [GeneratedRegex(@"comment|\breply|footer|\bfoot\b|\bnav|menu|breadcrumb|crumb|related|relate|recommend|\btuijian|\bxgyd|\bxgxw|\bshare|copyright|\btags?\b|keyword|toolbar|subscribe|banner|\bads?\b|advert|\bad[-_]|promo|popular|login", RegexOptions.CultureInvariant)]
    private static partial Regex BoilerplateHint();
}
