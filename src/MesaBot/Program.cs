using MesaBot.Bot;
using MesaBot.Dates;
using MesaBot.Documents.Hosting;
using MesaBot.Graph;
using MesaBot.Health;
using MesaBot.Protocol.Hosting;
using MesaBot.Records.Hosting;
using MesaBot.Records.Seed;
using MesaBot.Reminders.Hosting;
using MesaBot.Storage;
using MesaBot.Telemetry;
using Microsoft.Extensions.Options;

// The slim builder: configuration (appsettings, user secrets in Development, environment), console logging and
// Kestrel over HTTP, which is all the host uses (App Service terminates TLS). It leaves out IIS integration,
// HTTP/3 and Kestrel's HTTPS set-up: 4 assemblies fewer mapped, 2 MiB off the chat benchmark's peak working set
// (docs/benchmarks.md, "Session 12").
var builder = WebApplication.CreateSlimBuilder(args);
// What the full builder adds that operators use: ILogger events for dotnet-trace and dotnet-monitor.
builder.Logging.AddEventSourceLogger();

builder.AddBotProtocol();
builder.AddMesaStorage();
builder.AddMesaRecords();
builder.AddMesaBot();
builder.AddMesaDates();
builder.AddMesaReminders();
builder.AddMesaGraph();
builder.AddMesaDocuments();
builder.AddMesaTelemetry();

var app = builder.Build();

// Invalid configuration stops the host here, before anything starts or listens (Run would only find
// out while starting, and dispose the host in a race with whoever is waiting for it).
app.Services.GetRequiredService<IStartupValidator>().Validate();

if (await MesaSeedCommand.TryRunAsync(app, args))
{
    return;
}

app.MapBotMessages();
app.MapMesaHealthChecks();
app.MapMesaDocuments();

app.Run();

public partial class Program;
