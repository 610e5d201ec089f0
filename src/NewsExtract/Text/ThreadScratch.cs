namespace NewsExtract.Text;

/// <summary>Working collections kept between pages: emptied after each, and let go when a page made them too large to keep.</summary>
internal interface IScratch
{
    /// <summary>Empties the scratch for the next page; false when it has grown too large to keep.</summary>
    bool Reset();
}

/// <summary>
/// Per-thread scratch: each thread keeps one <typeparamref name="T"/> for the work of one page, taken with
/// <see cref="Rent"/> and given back emptied when the lease is disposed, so pages on a thread reuse it instead of growing
/// new collections (a page's bookkeeping was most of its garbage). A nested rent on the same thread gets a fresh one,
/// and one grown too large (<see cref="IScratch.Reset"/> false) is dropped rather than kept. The one home of such
/// per-thread state.
/// </summary>
internal static class ThreadScratch<T>
    where T : class, IScratch, new()
{
    [ThreadStatic]
    private static T? t_free;

    /// <summary>This thread's scratch (a fresh one if it is in use), until the lease is disposed.</summary>
    public static Lease Rent()
    {
        var scratch = t_free ?? new T();
        t_free = null;
        return new Lease(scratch);
    }

    /// <summary>A rented scratch: dispose to give it back.</summary>
    public readonly struct Lease(T scratch) : IDisposable
    {
        public T Value { get; } = scratch;

        public void Dispose()
        {
            if (Value.Reset())
            {
                t_free = Value;
            }
        }
    }
}
