using MesaBot.Bot;
using MesaBot.Bot.Cards;
using MesaBot.Cards;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace MesaBot.CardTests;

/// <summary>Representative data for the catalogue: what a real mesa would put on its cards.</summary>
public static class CardSamples
{
    /// <summary>The help lines the bot really registers, so the help card grows as features land.</summary>
    public static IReadOnlyList<CommandHelp> RegisteredCommands()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.AddMesaBot();
        using var services = builder.Services.BuildServiceProvider();
        return [.. services.GetServices<CommandHelp>()];
    }

    /// <summary>The commands planned for the bot, as a mesa's secretary would type them.</summary>
    public static IReadOnlyList<CommandHelp> PlannedCommands { get; } =
    [
        new(0, "ayuda", () => "Muestra esta ayuda."),
        new(10, "acuerdo Revisar el cronograma de la ruta 5 con Vialidad", () => "Registra un acuerdo de la mesa."),
        new(20, "tarea @Ana Preparar el informe de avance para el 15/12", () => "Crea una tarea con responsable y plazo; te aviso antes de que venza."),
        new(30, "compromiso SERVIU: entregar los planos el viernes", () => "Registra un compromiso de una institución socia."),
        new(40, "acuerdos", () => "Lista los acuerdos de esta mesa, del más reciente al más antiguo."),
        new(50, "tareas", () => "Lista las tareas abiertas, con su responsable y plazo."),
        new(60, "mis tareas", () => "Lista solo las tareas en que tú eres responsable."),
        new(70, "cerrar tarea 12", () => "Marca la tarea 12 como cumplida."),
        new(80, "resumen", () => "Muestra el resumen semanal: lo vencido, lo que vence esta semana y lo cumplido."),
    ];

    /// <summary>Long text, accents, ñ, emoji and one unbroken word, to exercise wrapping.</summary>
    public static AdaptiveCard LongSpanishText() => new AdaptiveCard()
        .Add(new TextBlock("Mesa de coordinación para la reconstrucción del puente Ñuñoa–Peñalolén 🌉 y sus accesos")
        {
            Size = TextSize.Large,
            Weight = TextWeight.Bolder,
        })
        .Add(new FactSet(
        [
            new("Acuerdo", "La Dirección de Vialidad revisará el cronograma de obras con la Subsecretaría de Obras Públicas y la municipalidad, y presentará una propuesta de desvíos antes de la próxima sesión ✅"),
            new("Responsable", "María José Muñoz Ñancupil (Dirección General de Concesiones de Obras Públicas)"),
            new("Plazo", "viernes 15 de diciembre, 17:00 hrs. ⏰"),
            new("Institución socia con un nombre especialmente largo", "SERVIU Región Metropolitana"),
            new("Referencia", "Oficio-Ordinario-N°-2024-DGOP-DV-SEREMI-RM-0001234-Ñuñoa-Peñalolén-Reconstrucción"),
        ]))
        .Add(new Container(
        [
            new TextBlock("Próximos pasos 📋") { Weight = TextWeight.Bolder },
            new TextBlock("Antes del jueves, cada institución envía sus observaciones al acta. Después del 20/12 se cierran los comentarios y el acta queda aprobada; los compromisos sin responsable se asignan en la sesión siguiente. ¿Dudas? Escribe **ayuda**."),
            new TextBlock("Última modificación: 14 de diciembre, por Íñigo Güemes") { IsSubtle = true, Separator = true },
        ])
        { Style = "emphasis", Separator = true })
        .Add(new ExecuteAction("Ver todos los acuerdos de la mesa", "acuerdos")
        {
            Data = new Dictionary<string, string> { ["mesa"] = "puente-ñuñoa" },
        });
}
