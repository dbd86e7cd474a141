using Azure.Core;
using Azure.Core.Pipeline;
using MesaBot.Telemetry;

namespace MesaBot.Storage;

/// <summary>
/// Counts every HTTP request the Azure SDK clients send to storage, retries included. Tests and
/// benchmarks read it to hold each operation to its documented number of round trips; the host also
/// reports each one as the <c>mesabot.storage.requests</c> metric (harnesses without a host pass none).
/// </summary>
public sealed class RequestCountingPolicy(MesaMetrics? metrics = null) : HttpPipelineSynchronousPolicy
{
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public override void OnSendingRequest(HttpMessage message)
    {
        Interlocked.Increment(ref _count);
        metrics?.StorageRequest(message.Request.Method.Method);
    }
}
