using System.Text.RegularExpressions;

namespace MesaBot.Extraction;

/// <summary>
/// The phrases with which Chilean public servants write what a mesa agreed, who will do what and what a
/// partner committed to, matched on the folded text (lower case, no accents). Kept apart from the logic
/// so the list can grow without touching it.
/// </summary>
internal static partial class CuePatterns
{
    // What the speaker says they will do ("yo reviso", "le envío"): verbs of doing, not of opinion ("yo creo").
    private const string SpeakerVerbs = "envio|mando|reenvio|reviso|preparo|reservo|invito|agendo|busco|cotizo|solicito|pido|coordino|hago(?:\\s+llegar)?|coordino|redacto|elaboro|armo|gestiono|agendo|convoco|contacto|llamo|escribo|consulto|averiguo|subo|comparto|remito|distribuyo|levanto|actualizo|completo|ajusto|corrijo|incorporo|incluyo|traigo|presento|organizo|programo|confirmo|despacho|aviso|veo|chequeo|valido|circulo|difundo|sistematizo|consolido";

    // "Se acuerda", "La mesa acordó", "Queda acordado que", "Acordamos", "Hay consenso en": the cue goes, the rest is the acuerdo.
    [GeneratedRegex(@"\b(?:(?:se|la mesa|el comite|la comision|los asistentes|los participantes|las partes|los integrantes|los miembros|todos|todas|los presentes|las instituciones)\s+(?:(?:por unanimidad|unanimemente)\s+)?(?:acuerda|acuerdan|acordo|acordaron|resuelve|resuelven|resolvio|resolvieron|decide|deciden|decidio|decidieron|conviene|convienen|convino|convinieron|define|definio|establece|establecio|determina|determino|acoge|acogio)|qued(?:a|o|an|aron|ando)\s+(?:acordad[oa]s?|resuelt[oa]s?|decidid[oa]s?|establecid[oa]s?|definid[oa]s?|convenid[oa]s?)|acord(?:amos|aron)|(?:estamos|estan|quedamos|quedaron|estuvimos)\s+(?:todos\s+|todas\s+)?de\s+acuerdo\s+(?:en|con)|(?:hay|hubo|existe|existio|se alcanza|se alcanzo|se llega a|se llego a|se logra|se logro)\s+(?:un\s+|el\s+)?(?:acuerdo|consenso)(?:\s+unanime)?\s+(?:en|para|de|sobre|respecto)|por\s+(?:unanimidad|consenso)\s+se\s+(?:acuerda|acordo))\b(?:\s+(?:que|lo siguiente|en|de)\b)?\s*:?")]
    public static partial Regex AgreementStripped();

    // "Se aprueba el acta": the verb is the acuerdo's own word and stays in its text.
    [GeneratedRegex(@"\b(?:(?:se|la mesa|el comite)\s+(?:aprueba|aprueban|aprobo|aprobaron|valida|validan|valido|validaron|ratifica|ratifican|ratifico|rechaza|rechazo|adopta|adopto|prioriza|priorizo|mandata|mandato|oficializa|formaliza)|qued(?:a|an|o|aron)\s+(?:aprobad[oa]s?|validad[oa]s?|ratificad[oa]s?|rechazad[oa]s?)|se\s+da(?:n)?\s+por\s+aprobad[oa]s?)\b")]
    public static partial Regex AgreementKept();

    // "Acuerdo:", "Acuerdo N° 3:", "ACUERDO 2 -".
    [GeneratedRegex(@"^\s*acuerdos?\s*(?:n\s*[°o.]?\s*\d+|\d+)?\s*[:.\-–—)]\s*")]
    public static partial Regex AgreementLabel();

    // "Tarea:", "Acción 2:", "Pendiente:", "Encargo:".
    [GeneratedRegex(@"^\s*(?:tareas?|accion(?:es)?|encargos?|pendientes?|proximo paso|siguiente paso)\s*(?:n\s*[°o.]?\s*\d+|\d+)?\s*[:.\-–—)]\s*")]
    public static partial Regex TaskLabel();

    [GeneratedRegex(@"^\s*compromisos?\s*(?:n\s*[°o.]?\s*\d+|\d+)?\s*[:.\-–—)]\s*")]
    public static partial Regex CommitmentLabel();

    // Whoever follows answers for it: "queda a cargo de Ana", "responsable: Luis", "se le encarga a la CChC".
    [GeneratedRegex(@"\b(?:qued(?:a|as|o|an|aron|ara|aran)\s+(?:a\s+cargo|bajo\s+la\s+responsabilidad)\s+de(?:l)?|(?:estara|estaran|esta|estan)\s+a\s+cargo\s+de(?:l)?|a\s+cargo\s+de(?:l)?|bajo\s+la\s+responsabilidad\s+de(?:l)?|responsables?\s*(?::|-|–)?|encargad[oa]s?\s*(?::|-|–)|tarea\s+para|(?:se\s+)?(?:le\s+|les\s+)?(?:encarga|encargo|encomienda|encomendo|asigna|asigno|solicita|solicito|pide|pidio|mandata|mandato)\s+a(?:l)?|(?:se\s+)?(?:le|les)\s+(?:pide|pedimos|pidio|pidieron|solicita|solicitamos|solicito|solicitaron|encarga|encargamos|encargo|encomendamos)\s+(?:\w+\s+)?a(?:l)?)(?=\s|$)")]
    public static partial Regex OwnerAfter();

    // A subject before it: "la CChC se compromete a", "Luis quedó de", "Ana se encargará de", "Corfo debe".
    [GeneratedRegex(@"\b(?<c>se\s+compromet(?:e|en|io|ieron)\s+a|qued(?:a|o|an|aron)\s+comprometid[oa]s?\s+(?:a|en|con)|asum(?:e|en|io|ieron)\s+(?:el\s+)?compromiso\s+de|tom(?:a|o|an|aron)\s+el\s+compromiso\s+de|compromete\s+su\s+apoyo\s+(?:para|en))|(?<t>qued(?:a|o|an|aron)\s+(?:de|en)|se\s+(?:encarga|encargan|encargara|encargaran|encargaria|encargo|encargaron)\s+de|se\s+(?:hara|haran|hace|hacen|hizo)\s+cargo\s+de|(?:debe|deben|debera|deberan|tiene que|tienen que|tendra que|tendran que|va a|van a|ofrece|ofrecen|ofrecio|se ofrece a|se ofrecio a|se ofrecen a)|quedo\s+encargad[oa]\s+de)(?=\s)")]
    public static partial Regex SubjectVerb();

    // The speaker: "me encargo de", "yo me comprometo a", "quedo de enviar", "me hago cargo de".
    [GeneratedRegex(@"\b(?:yo\s+)?(?:me\s+(?:encargo|encargare|comprometo|ocupo|hago\s+cargo|preocupo|quedo\s+con\s+(?:la\s+tarea|eso))(?:\s+(?:de(?:l)?|a|en))?|quedo\s+(?:de|en)(?=\s+[a-z]+(?:ar|er|ir)(?:lo|la|los|las|le|les)?\b))\s*")]
    public static partial Regex SpeakerCommits();

    // The speaker's own verb: "yo reviso", "le envío", "les mando", "lo reviso yo".
    [GeneratedRegex(@"\b(?:yo\s+(?:se\s+)?(?:l[eoa]s?\s+|te\s+)?(?<v>" + SpeakerVerbs + @")|(?:les?|te|se\s+l[oa]s?)\s+(?<v>" + SpeakerVerbs + @")|l[oa]s?\s+(?<v>" + SpeakerVerbs + @")\s+yo|yo\s+(?:puedo|podria|voy\s+a)\s+(?<i>[a-z]{2,}(?:ar|er|ir)(?:lo|la|los|las|me|les?)?))\b")]
    public static partial Regex SpeakerPresent();

    // A question, a negation or a reference to an earlier session: none of these records anything new.
    [GeneratedRegex(@"\b(?:como|segun|conforme(?:\s+a)?|tal\s+como|de\s+acuerdo\s+(?:a|con))\s+(?:lo\s+)?(?:que\s+)?(?:se\s+)?(?:habia\s+|hubo\s+)?(?:acord|aprob|compromet|establec|resolv)|\b(?:sesion|reunion|mesa|jornada)\s+(?:anterior|pasada)|\banteriormente\b|\bpreviamente\b|\bla\s+vez\s+pasada\b|\bya\s+se\s+habia\b|\bse\s+habia\s+(?:acordado|aprobado|comprometido)")]
    public static partial Regex EarlierSession();

    [GeneratedRegex(@"\b(?:no|ni|tampoco|nunca|sin)\s+(?:se\s+|le\s+|les\s+|lo\s+|la\s+|me\s+|yo\s+)?(?:\w+\s+)?$")]
    public static partial Regex NegatedBefore();

    // Where one sentence may hold two records: "Se acuerda X y la CChC enviará Y"; "…; Corfo presentará…".
    [GeneratedRegex(@"\s*(?:;|,\s*(?:y|e|mientras\s+que|pero|ademas)\s+|,|\s+(?:y|e|mientras\s+que|ademas|asimismo)\s+)\s*")]
    public static partial Regex ClauseBreak();

    // Units that act but are not a roster person: the tarea is proposed with its owner to fill.
    [GeneratedRegex(@"\b(?:secretaria(?:\s+tecnica|\s+ejecutiva)?|coordinacion|coordinador[a]?|equipo(?:\s+tecnico)?|ministerio|mop|direccion(?:\s+\w+){0,3}|division|unidad|departamento|subsecretaria|seremi|dgop|dirplan|consultor[a]?|contraparte(?:\s+tecnica)?|mesa(?:\s+tecnica)?|comite|gobierno|servicio|cada\s+institucion|las\s+instituciones|los\s+socios)$")]
    public static partial Regex Unit();

    // "¿…?" and "… ¿verdad?": a question records nothing.
    [GeneratedRegex(@"^\s*[¿¡]|\?\s*[)""»]?\s*$")]
    public static partial Regex Question();
}
