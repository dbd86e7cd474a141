using MesaBot.Bot;
using MesaBot.Protocol.Hosting;
using MesaBot.Storage;

var builder = WebApplication.CreateBuilder(args);

builder.AddBotProtocol();
builder.AddMesaStorage();
builder.AddMesaBot();

var app = builder.Build();

app.MapBotMessages();
app.MapHealthChecks("/healthz");

app.Run();

public partial class Program;
