using MesaBot.Bot;
using MesaBot.Dates;
using MesaBot.Protocol.Hosting;
using MesaBot.Storage;

var builder = WebApplication.CreateBuilder(args);

builder.AddBotProtocol();
builder.AddMesaStorage();
builder.AddMesaBot();
builder.AddMesaDates();

var app = builder.Build();

app.MapBotMessages();
app.MapHealthChecks("/healthz");

app.Run();

public partial class Program;
