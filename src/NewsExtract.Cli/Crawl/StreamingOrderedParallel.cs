namespace NewsExtract.Cli.Crawl;

/// <summary>
/// Runs a function over a stream of items of unknown length on N worker threads and hands the results back in input
/// order. The items are produced on a thread of their own (reading archives), so reading overlaps extraction. At most
/// <c>maxItems</c> items, weighing at most <c>maxWeight</c> together (bytes; one heavier item still passes alone), are
/// between the producer and the reader of the results: memory stays bounded whatever the input's size.
/// </summary>
internal static class StreamingOrderedParallel
{
    public static IEnumerable<TResult> Run<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, long> weigh, int workers,
        int maxItems, long maxWeight, Func<TSource, TResult> work, CancellationToken cancellationToken)
    {
        var gate = new object();
        var queue = new Queue<(long Index, TSource Item, long Weight)>();
        var done = new Dictionary<long, (TResult Result, long Weight)>();
        long produced = 0, inFlight = 0, weight = 0;
        var finished = false;
        var stopped = false;
        Exception? failure = null;

        void Produce()
        {
            try
            {
                foreach (var item in source)
                {
                    var w = Math.Max(0, weigh(item));
                    lock (gate)
                    {
                        while (!stopped && inFlight > 0 && (inFlight >= maxItems || weight + w > maxWeight))
                        {
                            Monitor.Wait(gate);
                        }

                        if (stopped)
                        {
                            return;
                        }

                        queue.Enqueue((produced++, item, w));
                        inFlight++;
                        weight += w;
                        Monitor.PulseAll(gate);
                    }
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                lock (gate)
                {
                    failure ??= e;
                }
            }
            catch (OperationCanceledException)
            {
            }
            finally
            {
                lock (gate)
                {
                    finished = true;
                    Monitor.PulseAll(gate);
                }
            }
        }

        void Work()
        {
            while (true)
            {
                (long Index, TSource Item, long Weight) next;
                lock (gate)
                {
                    while (queue.Count == 0 && !finished && !stopped)
                    {
                        Monitor.Wait(gate);
                    }

                    if (stopped || queue.Count == 0)
                    {
                        return;
                    }

                    next = queue.Dequeue();
                }

                TResult result;
                try
                {
                    result = work(next.Item);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    lock (gate)
                    {
                        stopped = true;
                        Monitor.PulseAll(gate);
                    }

                    return;
                }
                catch (Exception e)
                {
                    lock (gate)
                    {
                        failure ??= e;
                        stopped = true;
                        Monitor.PulseAll(gate);
                    }

                    return;
                }

                lock (gate)
                {
                    done[next.Index] = (result, next.Weight);
                    Monitor.PulseAll(gate);
                }
            }
        }

        var producer = new Thread(Produce) { IsBackground = true, Name = "crawl reader" };
        var threads = Enumerable.Range(0, Math.Max(1, workers)).Select(i => new Thread(Work) { IsBackground = true, Name = $"crawl worker {i}" }).ToList();
        producer.Start();
        threads.ForEach(t => t.Start());
        using var registration = cancellationToken.Register(() =>
        {
            lock (gate)
            {
                stopped = true;
                Monitor.PulseAll(gate);
            }
        });
        try
        {
            for (long i = 0; ; i++)
            {
                (TResult Result, long Weight) entry;
                lock (gate)
                {
                    while (!done.ContainsKey(i) && failure is null && !stopped && !(finished && i >= produced))
                    {
                        Monitor.Wait(gate);
                    }

                    if (failure is not null)
                    {
                        throw new AggregateException(failure);
                    }

                    if (stopped || !done.Remove(i, out entry))
                    {
                        yield break;
                    }

                    inFlight--;
                    weight -= entry.Weight;
                    Monitor.PulseAll(gate);
                }

                yield return entry.Result;
            }
        }
        finally
        {
            lock (gate)
            {
                stopped = true;
                Monitor.PulseAll(gate);
            }

            threads.ForEach(t => t.Join());
            // The producer may be inside a read; it sees the stop at its next item.
            producer.Join(TimeSpan.FromSeconds(5));
        }
    }
}
