using NewsExtract.Blocks;
using NewsExtract.Languages;

namespace NewsExtract.Classification.Rules;

/// <summary>What a role rule sees of a block: the block, its length in reading units, the cue lists found in it, the page's input.</summary>
internal readonly struct RuleContext(Block block, int units, CueList cues, ClassificationInput input)
{
    public Block Block { get; } = block;

    /// <summary>The block's length in reading units (<see cref="Text.TextMetrics.ReadingLength"/>).</summary>
    public int Units { get; } = units;

    /// <summary>The cue lists found in the block's text, of those the rules ask for a block of its length (<see cref="RoleRules.CuesAsked"/>).</summary>
    public CueList Cues { get; } = cues;

    public ClassificationInput Input { get; } = input;

    public CompiledLexicon Lexicon => Input.Lexicon;

    public string Text => Block.Text;

    /// <summary>Whether the block's text holds a phrase of <paramref name="list"/> (one of the lists the rules ask for).</summary>
    public bool Has(CueList list) => (Cues & list) != 0;
}

/// <summary>
/// One rule of <see cref="RoleRules.All"/>: a shape of line that gives a block its role. A rule sees one block at a time
/// (what depends on neighbours is the classifier's page passes); its thresholds are named where it is defined.
/// </summary>
internal abstract class RoleRule
{
    /// <param name="name">What the rule recognises, as <c>--explain</c> shows it (<c>credit-line</c>).</param>
    /// <param name="role">The role it gives.</param>
    /// <param name="maxUnits">The longest block, in reading units, it applies to (longer ones skip it unasked).</param>
    protected RoleRule(string name, BlockRole role, int maxUnits = int.MaxValue)
    {
        Name = name;
        Role = role;
        MaxUnits = maxUnits;
    }

    public string Name { get; }

    public BlockRole Role { get; }

    /// <summary>The longest block, in reading units, the rule applies to.</summary>
    public int MaxUnits { get; }

    /// <summary>The cue list the rule reads (<see cref="CueList.None"/> for none), searched in one pass with the other rules'.</summary>
    public virtual CueList Cues => CueList.None;

    /// <summary>The longest block, in reading units, for which the rule reads <see cref="Cues"/>.</summary>
    public virtual int CueMaxUnits => MaxUnits;

    /// <summary>
    /// Whether the rule applies only to a block holding one of its <see cref="Cues"/>: then a block without is passed by
    /// without asking (most blocks hold none, and the rules are asked of every block).
    /// </summary>
    public virtual bool NeedsCue => false;

    /// <summary>Whether the block has the rule's shape (asked only of blocks no longer than <see cref="MaxUnits"/>).</summary>
    public abstract bool Applies(in RuleContext context);

    public override string ToString() => Name;
}
