using System.Text;
using System.Text.Json.Nodes;

namespace MesaBot.IntegrationTests.Hardening;

/// <summary>
/// Generates hostile activities from real-shaped ones (a channel message with mentions, a card button,
/// a message action, an install): fields replaced by values of the wrong JSON type, key-forbidden
/// characters, lone surrogates and noncharacters, huge and deeply nested values, invented invoke names
/// and card data. The service URL is never touched, so every answer goes to the fake Connector on loopback.
/// </summary>
public sealed class HostileActivities(int seed, string serviceUrl, string tenantId)
{
    private readonly Random _random = new(seed);

    private static readonly string[] Commands =
    [
        "tarea ", "acuerdo ", "compromiso ", "compromiso CChC: ", "vincular ", "cumplida ", "posponer T-1 ", "reasignar T-1 ",
        "editar T-1 ", "cancelar ", "reabrir ", "pendientes ", "pendientes ", "vencidas", "acuerdos", "mis pendientes", "resumen",
        "mesa renombrar ", "mesa idioma ", "mesa invitados ", "coordinador ", "recordatorios", "nueva tarea", "ayuda", "",
        "registrar ", "registrar Se acuerda ", "registrar La CChC enviará ",
    ];

    private static readonly string[] Verbs =
    [
        "item.ver", "item.cumplida", "item.encurso", "item.posponer", "item.reasignar", "item.editar", "item.cancelar", "item.reabrir",
        "item.deshacer", "item.actualizar", "tarea.crear", "compromiso.crear", "compromiso.socio",
        "lista.mas", "formulario.abrir", "formulario.guardar", "socio.elegir", "recordatorios.guardar", "ayuda", "no.existe",
        "propuestas.registrar",
    ];

    private static readonly string[] InvokeNames =
    [
        "adaptiveCard/action", "adaptiveCard/action", "composeExtension/fetchTask", "composeExtension/submitAction",
        "composeExtension/query", "task/fetch", "signin/verifyState", "", "x/../y",
    ];

    private static readonly string[] DataKeys = ["mesa", "ref", "version", "dias", "fecha", "texto", "responsable", "consulta", "pagina", "tipo", "socio", "borrador", "nuevo", "habiles", "deshacer", "antes", "antes_nombre", "antes_teams", "origen", "vencida", "seguimiento", "hora",
        "n", "p0.sel", "p0.tipo", "p0.texto", "p0.responsable", "p0.socio", "p0.fecha", "p1.tipo", "propuestas", "enlace"];

    /// <summary>One request body (JSON text, possibly with escapes System.Text.Json would not write).</summary>
    public string Next()
    {
        var activity = _random.Next(4) switch
        {
            0 or 1 => Message(),
            2 => CardAction(),
            _ => _random.Next(2) == 0 ? MessageAction() : Install(),
        };

        for (var i = _random.Next(0, 3); i > 0; i--)
        {
            Mutate(activity);
        }

        // Lone surrogates cannot live in a .NET string that serializes; they travel as JSON escapes.
        return activity.ToJsonString().Replace("@LONE-HIGH@", "\\ud800").Replace("@LONE-LOW@", "\\udfff");
    }

    private JsonObject Base(string type) => new()
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = "29:user-ana", ["name"] = "Ana Pérez", ["aadObjectId"] = "aad-ana" },
        ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "MesaBot" },
        ["conversation"] = _random.Next(3) == 0
            ? new JsonObject { ["id"] = "a:personal-fuzz", ["conversationType"] = "personal", ["tenantId"] = tenantId }
            : new JsonObject { ["id"] = "19:fuzz@thread.tacv2;messageid=" + _random.Next(), ["conversationType"] = "channel", ["tenantId"] = tenantId },
        ["channelData"] = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = tenantId },
            ["channel"] = new JsonObject { ["id"] = "19:fuzz@thread.tacv2" },
        },
    };

    private JsonObject Message()
    {
        var activity = Base("message");
        activity["text"] = "<at>MesaBot</at> " + Pick(Commands) + Text();
        activity["entities"] = new JsonArray(
            new JsonObject { ["type"] = "mention", ["mentioned"] = new JsonObject { ["id"] = "28:bot", ["name"] = "MesaBot" }, ["text"] = "<at>MesaBot</at>" },
            new JsonObject { ["type"] = "mention", ["mentioned"] = new JsonObject { ["id"] = "29:user-luis", ["name"] = "Luis Soto" }, ["text"] = "<at>Luis Soto</at>" });
        return activity;
    }

    private JsonObject CardAction()
    {
        var activity = Base("invoke");
        activity["name"] = "adaptiveCard/action";
        var data = new JsonObject();
        foreach (var key in DataKeys.Where(_ => _random.Next(3) == 0))
        {
            data[key] = Value();
        }

        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = Pick(Verbs), ["data"] = data } };
        activity["replyToId"] = "card-" + _random.Next(1000);
        return activity;
    }

    private JsonObject MessageAction()
    {
        var activity = Base("invoke");
        activity["name"] = Pick(InvokeNames);
        activity["value"] = new JsonObject
        {
            ["commandId"] = _random.Next(4) == 0 ? Value() : "registrarMensaje",
            ["messagePayload"] = new JsonObject { ["body"] = new JsonObject { ["content"] = Text() }, ["linkToMessage"] = Value() },
            ["data"] = new JsonObject { ["tipo"] = Value(), ["texto"] = Value(), ["fecha"] = Value(), ["socio"] = Value() },
        };
        return activity;
    }

    private JsonObject Install()
    {
        var activity = Base(_random.Next(2) == 0 ? "conversationUpdate" : "installationUpdate");
        activity["action"] = _random.Next(2) == 0 ? "add" : Text();
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:bot" }, new JsonObject { ["id"] = Value() });
        return activity;
    }

    // Replaces one field, anywhere in the tree, with a hostile value.
    private void Mutate(JsonObject activity)
    {
        var paths = new List<(JsonObject Parent, string Key)>();
        Collect(activity, paths);
        var (parent, key) = paths[_random.Next(paths.Count)];
        if (key is "serviceUrl" or "channelId")
        {
            return;
        }

        parent[key] = Value();
    }

    private static void Collect(JsonNode? node, List<(JsonObject, string)> paths)
    {
        if (node is JsonObject obj)
        {
            foreach (var (key, child) in obj.ToList())
            {
                paths.Add((obj, key));
                Collect(child, paths);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array)
            {
                Collect(child, paths);
            }
        }
    }

    private JsonNode? Value() => _random.Next(14) switch
    {
        0 => null,
        1 => _random.Next(2) == 0 ? 42 : -1.5e300,
        2 => true,
        3 => new JsonObject(),
        4 => new JsonArray(null, 1, "x"),
        5 => new JsonObject { ["id"] = 42 },
        6 => Nested(_random.Next(10, 70)),
        7 => new string('x', _random.Next(1_000, 60_000)),
        8 => Pick(["../x", "alfa", "T-1", "RES-T-1", "a/b\\c#d?e", "0", "-1", "99999999999", "2026-02-30", "yyyy-MM-dd", "29:user-luis", "aad-luis"]),
        _ => Text(),
    };

    private JsonNode Nested(int depth)
    {
        JsonNode node = "fondo";
        for (var i = 0; i < depth; i++)
        {
            node = _random.Next(2) == 0 ? new JsonArray(node) : new JsonObject { ["n"] = node };
        }

        return node;
    }

    private string Text()
    {
        var builder = new StringBuilder();
        for (var i = _random.Next(0, 6); i > 0; i--)
        {
            builder.Append(Pick(
            [
                "revisar bases", "@Luis", "<at>Luis Soto</at>", "para el viernes", "15/12", "T-1", "ALF-T-1", " ", "\n",
                "\u0000", "\u0007", "\t", "/", "\\", "#", "?", "\uFFFE", "\uFFFF", "@LONE-HIGH@", "@LONE-LOW@", "😀",
                "&nbsp;", "<at>", "</at>", "ñandú", "Ä", "e\u0301", "mañana", "en 10 días hábiles", "ana.perez@mop.gob.cl",
            ]));
        }

        return builder.ToString();
    }

    private T Pick<T>(IReadOnlyList<T> options) => options[_random.Next(options.Count)];
}
