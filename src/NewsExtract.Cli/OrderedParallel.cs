namespace NewsExtract.Cli;

/// <summary>
/// Runs a function over a list on N worker threads and hands the results back in input order as they complete. Each
/// worker takes the next index when it is free (a page's cost varies tenfold, so fixed chunks leave a core idle), and
/// at most <c>window</c> results wait unconsumed, so a slow reader bounds memory on a batch of millions.
/// </summary>
internal static class OrderedParallel
{
    public static IEnumerable<TResult> Run<TSource, TResult>(IReadOnlyList<TSource> items, int workers, Func<TSource, TResult> work)
    {
        var count = items.Count;
        var results = new TResult[count];
        var done = new bool[count];
        var gate = new object();
        // Sixteen results a worker may wait unconsumed; no more workers than items, so the count cannot overflow.
        workers = Math.Clamp(workers, 1, Math.Max(1, count));
        var window = new SemaphoreSlim((int)Math.Min(int.MaxValue, workers * 16L));
        var next = -1;
        var stopped = false;
        Exception? failure = null;

        void Work()
        {
            while (true)
            {
                window.Wait();
                var i = Interlocked.Increment(ref next);
                if (i >= count || Volatile.Read(ref failure) is not null || Volatile.Read(ref stopped))
                {
                    window.Release();
                    return;
                }

                try
                {
                    results[i] = work(items[i]);
                }
                catch (Exception e)
                {
                    Interlocked.CompareExchange(ref failure, e, null);
                }

                lock (gate)
                {
                    done[i] = true;
                    Monitor.PulseAll(gate);
                }
            }
        }

        var threads = Enumerable.Range(0, Math.Max(1, Math.Min(workers, count))).Select(_ => new Thread(Work) { IsBackground = true }).ToList();
        threads.ForEach(t => t.Start());
        try
        {
            for (var i = 0; i < count; i++)
            {
                lock (gate)
                {
                    while (!done[i] && Volatile.Read(ref failure) is null)
                    {
                        Monitor.Wait(gate);
                    }
                }

                if (Volatile.Read(ref failure) is { } error)
                {
                    throw new AggregateException(error);
                }

                var result = results[i];
                results[i] = default!;
                window.Release();
                yield return result;
            }
        }
        finally
        {
            // Also when the reader stops early: wake every worker waiting for room, and let them finish.
            Volatile.Write(ref stopped, true);
            window.Release(threads.Count);
            threads.ForEach(t => t.Join());
            window.Dispose();
        }
    }
}
