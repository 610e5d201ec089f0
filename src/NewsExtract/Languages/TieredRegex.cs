using System.Text.RegularExpressions;

namespace NewsExtract.Languages;

/// <summary>
/// A regular expression built at run time from lexicon words that runs interpreted until it has been used often, then
/// compiled. A compiled regex is emitted as IL that the JIT optimises fully before its first match (such methods do not
/// take the quick first tier), which for the hundred-odd patterns of the lexicons doubled a process's first page; the
/// interpreter starts at once but matches a few times slower. So a pattern's first <see cref="UsesBeforeCompiling"/> uses
/// run interpreted, and then a compiled copy is built on the thread pool and takes over (both engines give the same
/// matches). Thread-safe.
/// </summary>
internal sealed class TieredRegex
{
    /// <summary>How many uses a pattern runs interpreted before its compiled copy is built.</summary>
    public const int UsesBeforeCompiling = 256;

    private readonly RegexOptions _options;
    private Regex _current;
    private int _uses;
    private int _compiling;

    public TieredRegex(string pattern, RegexOptions options)
    {
        _options = options & ~RegexOptions.Compiled;
        _current = new Regex(pattern, _options);
    }

    /// <summary>The regex to run now: interpreted at first, compiled once the pattern has been used often.</summary>
    public Regex Current
    {
        get
        {
            // A plain count: a use lost to a race only delays the switch.
            if (_compiling == 0 && ++_uses >= UsesBeforeCompiling && Interlocked.Exchange(ref _compiling, 1) == 0)
            {
                ThreadPool.UnsafeQueueUserWorkItem(static tiered => tiered.Compile(), this, preferLocal: false);
            }

            return Volatile.Read(ref _current);
        }
    }

    /// <summary>The pattern (for tests and messages).</summary>
    public override string ToString() => _current.ToString();

    private void Compile() => Volatile.Write(ref _current, new Regex(_current.ToString(), _options | RegexOptions.Compiled));
}
