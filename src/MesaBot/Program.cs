using MesaBot.Bot;
using MesaBot.Dates;
using MesaBot.Graph;
using MesaBot.Protocol.Hosting;
using MesaBot.Records;
using MesaBot.Reminders.Hosting;
using MesaBot.Storage;

var builder = WebApplication.CreateBuilder(args);

builder.AddBotProtocol();
builder.AddMesaStorage();
builder.AddMesaRecords();
builder.AddMesaBot();
builder.AddMesaDates();
builder.AddMesaReminders();
builder.AddMesaGraph();

var app = builder.Build();

if (await MesaSeedCommand.TryRunAsync(app, args))
{
    return;
}

app.MapBotMessages();
app.MapHealthChecks("/healthz");

app.Run();

public partial class Program;
