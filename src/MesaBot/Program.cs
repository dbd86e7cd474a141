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

var builder = WebApplication.CreateBuilder(args);

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
