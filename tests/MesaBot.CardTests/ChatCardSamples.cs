using MesaBot.Bot.Cards;
using MesaBot.Bot.Resources;
using MesaBot.Records;
using MesaBot.TestData;

namespace MesaBot.CardTests;

/// <summary>A realistic MOP mesa for the chat cards: people with accents, partners, long texts.</summary>
public static class ChatCardSamples
{
    /// <summary>Wednesday 10 December 2025, in Santiago.</summary>
    public static readonly DateOnly Today = new(2025, 12, 10);

    public static readonly Person Carolina = new("5f0c1c9e-0001-4a6b-9d11-000000000001", "Carolina Muñoz");
    public static readonly Person Rodrigo = new("5f0c1c9e-0002-4a6b-9d11-000000000002", "Rodrigo Fuentes");
    public static readonly Person Francisca = new("5f0c1c9e-0003-4a6b-9d11-000000000003", "Francisca Soto");
    public static readonly Person Matias = new("5f0c1c9e-0004-4a6b-9d11-000000000004", "Matías Contreras");
    public static readonly Person MariaJose = new("5f0c1c9e-0007-4a6b-9d11-000000000007", "María José Ñancupil Güemes");

    public static IReadOnlyList<Person> Members { get; } = [Carolina, Rodrigo, Francisca, Matias, MariaJose];

    /// <summary>A big mesa: 40 people in the reassign list, the biggest realistic item card.</summary>
    public static IReadOnlyList<Person> ManyMembers { get; } =
    [
        .. Members,
        .. Enumerable.Range(10, 35).Select(i => new Person($"5f0c1c9e-00{i}-4a6b-9d11-0000000000{i}", $"Funcionario{i} Dirección de Obras Hidráulicas Peñalolén")),
    ];

    public static Mesa Resiliencia { get; } = new MesaBuilder
    {
        TenantId = "tenant-mop", Coordinators = [Matias], Version = "12",
        Partners = [new Partner("Cámara Chilena de la Construcción", ["CChC"]), new Partner("Corfo", []), new Partner("BIM Fórum Chile", ["BIM Forum"])],
    }.Build();

    private static readonly DateTimeOffset Created = new(2025, 11, 20, 14, 30, 0, TimeSpan.Zero);

    public static OpenItem OverdueTask { get; } = new ItemBuilder
    {
        Number = 3,
        Text = "Revisar la metodología de evaluación de riesgo sísmico de puentes con la Dirección de Vialidad y proponer ajustes para la región del Ñuble.",
        Accountable = Rodrigo, DueDate = Today.AddDays(-4), AgreementNumber = 2, CreatedBy = Matias, CreatedAt = Created, Version = "4",
    }.Task();

    public static OpenItem InProgressTask { get; } = OverdueTask with { Number = 7, Status = ItemStatus.EnCurso, DueDate = Today.AddDays(3), AgreementNumber = null, Version = "2" };

    public static OpenItem DoneTask { get; } = OverdueTask with
    {
        Number = 5,
        Status = ItemStatus.Cumplida,
        DueDate = Today.AddDays(-1),
        CompletedBy = Rodrigo,
        CompletedAt = new DateTimeOffset(2025, 12, 9, 21, 15, 0, TimeSpan.Zero),
    };

    public static OpenItem CChCCommitment { get; } = new ItemBuilder
    {
        Number = 7, Partner = "Cámara Chilena de la Construcción", ContactName = "Andrés Peña", ContactEmail = "apena@cchc.cl",
        Text = "Compartir las experiencias de empresas socias en valorización de residuos de construcción y demolición en obras de pavimentación.",
        DueDate = Today.AddDays(12), Accountable = Francisca, CreatedBy = Matias, CreatedAt = Created,
    }.Commitment();

    public static Agreement Agreement { get; } = new(
        12, "Incorporar criterios de resiliencia ante eventos climáticos extremos en la evaluación de proyectos de puentes, empezando por las licitaciones de 2026 en Ñuble y Biobío.",
        Today, "Sesión ordinaria N.º 3", Carolina, null, Created, "1");

    private static readonly string[] Texts =
    [
        "Reunir los informes de daños de los últimos sistemas frontales en la zona centro-sur, con fotografías y montos estimados por cada dirección regional.",
        "Preparar la propuesta de bases tipo con requisitos BIM para licitaciones piloto de la Dirección de Arquitectura.",
        "Coordinar con Corfo la participación del MOP en su mesa de productividad.",
        "Enviar a BIM Fórum Chile el borrador del estándar de intercambio de información para obras viales y recoger sus observaciones antes del cierre del año.",
        "Actualizar el catastro de puentes críticos con la información entregada por Vialidad.",
    ];

    private static readonly string[] People = ["Rodrigo Fuentes", "Francisca Soto", "María José Ñancupil Güemes", "Matías Contreras"];
    private static readonly string[] Partners = ["CChC", "BIM Fórum Chile", "Corfo"];

    /// <summary>Open items due from eight days ago to two weeks ahead, across two mesas, unordered.</summary>
    public static IReadOnlyList<ItemRow> Rows(int count) =>
    [
        .. Enumerable.Range(1, count).Select(i => new ItemRow(
            $"{(i % 3 == 0 ? "PRO" : "RES")}-{(i % 4 == 0 ? 'C' : 'T')}-{i}",
            Texts[i % Texts.Length],
            i % 4 == 0 ? Partners[i % Partners.Length] : People[i % People.Length],
            Today.AddDays((i * 5 % 23) - 8),
            i % 5 == 0 ? ItemStatus.EnCurso : ItemStatus.Pendiente,
            i % 3 == 0 ? "productividad" : "resiliencia",
            new RecordRef(i % 4 == 0 ? RecordKind.Commitment : RecordKind.ActionItem, i))),
    ];

    public static IReadOnlyList<Agreement> Agreements(int count) =>
    [
        .. Enumerable.Range(1, count).Select(i => Agreement with
        {
            Number = i,
            Text = Texts[i % Texts.Length],
            AgreedOn = Today.AddDays(-3 * (count - i)),
            Session = i % 2 == 0 ? $"Sesión {i / 2}" : null,
            Author = Members[i % Members.Count],
        }),
    ];

    public static IReadOnlyList<OpenItem> SummaryItems { get; } =
    [
        OverdueTask,
        InProgressTask,
        DoneTask,
        OverdueTask with { Number = 9, Accountable = MariaJose, DueDate = Today.AddDays(-12), Text = "Enviar el informe consolidado de daños a la Subsecretaría de Obras Públicas." },
        OverdueTask with { Number = 10, Accountable = Francisca, DueDate = Today.AddDays(9), AgreementNumber = null },
    ];

    public static IReadOnlyList<OpenItem> SummaryCommitments { get; } =
    [
        CChCCommitment,
        CChCCommitment with { Number = 8, DueDate = Today.AddDays(-2), Text = "Entregar el listado de empresas socias con experiencia en áridos reciclados." },
        CChCCommitment with { Number = 9, Partner = "Corfo", ContactName = null, ContactEmail = null, Text = "Informar las líneas de financiamiento para innovación baja en carbono.", DueDate = Today.AddDays(20) },
        CChCCommitment with { Number = 10, Partner = "BIM Fórum Chile", Text = "Revisar el estándar BIM para proyectos públicos.", DueDate = Today.AddDays(-1) },
    ];

    /// <summary>Right after Carolina postponed T-3 from a "pendientes" page: who changed what, Deshacer, the way back, refresh.</summary>
    public static ItemCardExtras JustPostponed { get; } = new()
    {
        Changes = ["Carolina Muñoz cambió el plazo: 06/12 → 19/12"],
        Undo = [("deshacer", "plazo"), ("antes", "2025-12-06")],
        List = new ListOrigin("pendientes", 2),
        RefreshFor = ["29:1a2b3c-carolina", "29:4d5e6f-rodrigo"],
        Warning = "No pude avisar por chat personal a Rodrigo Fuentes.",
    };

    /// <summary>A button pressed on a card drawn two changes ago.</summary>
    public static ItemCardExtras Outdated { get; } = new()
    {
        Warning = "Esta tarjeta estaba desactualizada, así que no apliqué tu acción. Esto cambió desde entonces:",
        Changes =
        [
            "Matías Contreras cambió el responsable: Francisca Soto → Rodrigo Fuentes",
            "Rodrigo Fuentes cambió el texto: «Revisar bases técnicas» → «Revisar las bases técnicas del puente Cau Cau con la Dirección de Vialidad»",
        ],
    };

    /// <summary>The 1:1 message to the new owner of a reassigned task.</summary>
    public static ItemCardExtras PersonalNotice { get; } = new()
    {
        Changes = ["Te aviso de un cambio en RES-T-3 de la mesa Resiliencia:", "Matías Contreras cambió el responsable: Francisca Soto → Rodrigo Fuentes"],
        RefreshFor = ["29:4d5e6f-rodrigo"],
    };

    // Issue 14, messages that help: annulled acuerdos, the "¿Quisiste decir…?" button, empty lists that say why.

    /// <summary>A-12 annulled by the coordinator, reason and all.</summary>
    public static Agreement AnnulledAgreement { get; } = Agreement with
    {
        Version = "2",
        Annulment = new AgreementAnnulment("Se registró dos veces; el acuerdo vigente es el A-13 de la misma sesión.", Matias, Created.AddDays(1)),
    };

    /// <summary>Fourteen acuerdos, the newest (A-14) annulled.</summary>
    public static IReadOnlyList<Agreement> AgreementsWithAnnulled() =>
        [.. Agreements(14).Select(a => a.Number == 14 ? a with { Annulment = AnnulledAgreement.Annulment } : a)];

    public static IEnumerable<CatalogCard> HelpfulMessageCards() =>
    [
        new("agreement-annulled", "Acuerdo anulado: el texto tachado, quién lo anuló, cuándo y por qué", AgreementCreatedCard.Build(Resiliencia, AnnulledAgreement, Today, insideMesa: true)),
        new("agreement-list-annulled", "Acuerdos con uno anulado: tachado y «Anulado: motivo»", AgreementListCard.Build(Resiliencia, AgreementsWithAnnulled(), Today, insideMesa: true)),
        new("suggestion", "«show pending» en una mesa en español: «¿Quisiste decir pendientes?» como botón", SuggestionCard.Build("show pending", "pendientes", "pendientes", null)),
        new("suggestion-with-rest", "Sugerencia que lleva el resto del texto: «pendeintes CChC»", SuggestionCard.Build("pendeintes CChC", "pendientes", "pendientes CChC", null)),
        new("empty-overdue", "«vencidas» sin nada vencido pero con pendientes, con «Ver pendientes»", EmptyListCard.Build(ListTitles.Overdue(), "No hay nada vencido. Hay 4 pendientes, todos en plazo.", "pendientes", Resiliencia.Id)),
    ];

    /// <summary>
    /// Issue 14's creation questions (a past date, a vague one, no owner) and the created card of a tarea due
    /// on a holiday, as the bot builds them on Wednesday 10 December 2025.
    /// </summary>
    public static IEnumerable<CatalogCard> CreationQuestionCards()
    {
        var held = new HeldTask("Enviar el oficio a la Dirección de Vialidad con las observaciones de la mesa", Rodrigo.ObjectId, "f:1f3c9a7b-origin");
        var calendar = new MesaBot.Dates.ChileBusinessCalendar(Microsoft.Extensions.Options.Options.Create(new MesaBot.Dates.HolidayOptions
        {
            Dates = [new() { Date = new DateOnly(2025, 12, 25), Name = "Navidad" }],
        }));
        var onHoliday = InProgressTask with { Status = ItemStatus.Pendiente, DueDate = new DateOnly(2025, 12, 25) };
        return
        [
            new("date-question-past", "«para el 27/11» escrito el 10/12: ¿vencida o el próximo año? Nada se crea antes de elegir",
                DateQuestionCard.Past(held, new DateOnly(2025, 11, 27), new DateOnly(2026, 11, 27), Today)),
            new("date-question-past-commitment", "Un compromiso «para el 27/11» escrito el 10/12: ¿vencido o el próximo año?",
                DateQuestionCard.Past(new HeldCommitment("CChC: enviar el catastro de obras para el 27/11", "CChC: enviar el catastro de obras", Rodrigo.ObjectId, "f:2a4d-origin"),
                    new DateOnly(2025, 11, 27), new DateOnly(2026, 11, 27), Today)),
            new("date-question-vague", "«para marzo»: muy amplio, con dos días hábiles para elegir",
                DateQuestionCard.Vague(held, "marzo", [new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 31)], Today)),
            new("owner-question", "¿Quién es responsable? con un nombre escrito sin @, «Yo» y el resto de la mesa",
                OwnerQuestionCard.Build(held with { OwnerId = null }, Today.AddDays(2), Carolina, Rodrigo, Members)),
            new("action-item-created-undo", "Tarea recién creada: quién la registró, «Deshacer» por 10 minutos y refresh para quienes pueden actuar",
                ItemCreatedCard.Build(Resiliencia, onHoliday with { DueDate = Today.AddDays(2), Version = "1" }, Members, Today, insideMesa: true,
                    ItemCreatedCard.CreationExtras(Resiliencia, onHoliday with { Version = "1" }, insideMesa: true, ["29:rodrigo", "29:carolina"]))),
            new("action-item-created-holiday", "Tarea nueva que vence en feriado: lo dice y ofrece el día hábil anterior",
                ItemCreatedCard.NoteDueDay(ItemCreatedCard.Build(Resiliencia, onHoliday, Members, Today, insideMesa: true), Resiliencia, onHoliday, calendar, Today)),
        ];
    }

    /// <summary>«exportar» in the mesa's channel (signed link) and the committee's «exportar todo» (the channel's Files folder).</summary>
    public static IEnumerable<CatalogCard> DocumentCards() =>
    [
        new("export-mesa", "«exportar»: la planilla de registros de la mesa con su enlace de descarga",
            ExportCard.Build("Registros de Resiliencia", 1, 14, 23, 6, "Registros_RES_2025-12-10.xlsx",
                new Uri("https://mesabot.mop.gob.cl/documents/tenant/resiliencia/0f3a/Registros_RES_2025-12-10.xlsx?exp=1766000000&sig=abc"),
                "El enlace vence en 7 días; escribe «exportar» otra vez para obtener uno nuevo.")),
        new("export-committee", "«exportar todo» en el comité: todas las mesas, guardada en Archivos del canal",
            ExportCard.Build("Registros de todas las mesas", 5, 61, 140, 37, "Registros_todas_las_mesas_2025-12-10.xlsx",
                new Uri("https://mop.sharepoint.com/sites/comite/Shared%20Documents/General/Registros_todas_las_mesas_2025-12-10.xlsx"),
                "La planilla quedó también en la pestaña Archivos del canal.")),
    ];

    /// <summary>
    /// `registrar` + pasted minutes: the proposals card as the bot builds it from what the extractor read (a tarea
    /// with everything, one missing its owner and date, a compromiso, an acuerdo), its refusal with the problems
    /// marked, the dialog form of the message action, and what it turns into once saved.
    /// </summary>
    public static IEnumerable<CatalogCard> ProposalCards()
    {
        ProposalDraft[] drafts =
        [
            new("acuerdo", "Extender el plazo de respuesta de la encuesta de productividad hasta el 15 de diciembre", null, null, null),
            new("tarea", "Revisar con la consultora el nuevo cronograma del estudio de brechas y presentarlo en la próxima sesión", Rodrigo.ObjectId, null, Today.AddDays(2)),
            new("compromiso", "Enviar un recordatorio de la encuesta a sus empresas socias", null, "Cámara Chilena de la Construcción", Today.AddDays(9)),
            new("tarea", "Consolidar las observaciones de las direcciones regionales", null, null, null),
        ];
        const string origin = "1764075851163";
        var problems = new Dictionary<int, string> { [3] = CardTexts.Proposals_MissingOwnerAndDate };
        return
        [
            new("proposals", "«registrar» + acta pegada: cada acuerdo, tarea y compromiso encontrado, para marcar, corregir y registrar",
                ProposalsCard.Build(drafts, Members, Today, origin, new ProposalsCardOptions())),
            new("proposals-missing", "«Registrar seleccionados» con una tarea sin responsable ni fecha: nada se registra y se dice qué falta",
                ProposalsCard.Build(drafts, Members, Today, origin, new ProposalsCardOptions { Notice = Strings.Proposals_FillMissing, Problems = problems })),
            new("proposals-dialog", "«Registrar en MesaBot» sobre un mensaje con varios registros: las propuestas en el diálogo",
                ProposalsCard.Build(drafts[..3], Members, Today, "msg:" + origin, new ProposalsCardOptions { InDialog = true, Link = "https://teams.microsoft.com/l/message/19:abc@thread.tacv2/1764075851163" })),
            new("proposals-saved", "Propuestas registradas: los ids creados y sus textos",
                ProposalsSavedCard.Build([("A-4", drafts[0].Text), ("T-12", drafts[1].Text), ("C-7", drafts[2].Text)])),
            new("proposals-saved-session", "Propuestas de la transcripción de la sesión 7 registradas tras el cierre: quedan en su acta",
                ProposalsSavedCard.Build([("A-4", drafts[0].Text), ("T-12", drafts[1].Text)], session: 7)),
        ];
    }
}
