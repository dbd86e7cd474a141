namespace MesaBot.Records.Seed;

public sealed partial class MesaSeed
{
    // Fictional MOP staff; the object ids are fixed so that a re-run finds the same people.
    private static readonly Person Carolina = new("5f0c1c9e-0001-4a6b-9d11-000000000001", "Carolina Muñoz");
    private static readonly Person Rodrigo = new("5f0c1c9e-0002-4a6b-9d11-000000000002", "Rodrigo Fuentes");
    private static readonly Person Francisca = new("5f0c1c9e-0003-4a6b-9d11-000000000003", "Francisca Soto");
    private static readonly Person Matias = new("5f0c1c9e-0004-4a6b-9d11-000000000004", "Matías Contreras");
    private static readonly Person Valentina = new("5f0c1c9e-0005-4a6b-9d11-000000000005", "Valentina Rojas");
    private static readonly Person Ignacio = new("5f0c1c9e-0006-4a6b-9d11-000000000006", "Ignacio Pérez");

    private static IEnumerable<Sample> Samples() =>
    [
        new(
            new NewMesa("productividad", "Productividad para la Infraestructura Sostenible", MesaKind.Mesa, "PRO", [Carolina]),
            [new Partner("Mesa Ejecutiva de la Productividad", ["MEP"])],
            [
                ("Adoptar BIM como requisito en las licitaciones piloto de la Dirección de Arquitectura desde el segundo semestre.", 14, "Sesión ordinaria de marzo"),
                ("Levantar un catastro de soluciones de construcción industrializada aplicables a obras MOP.", 7, "Sesión ordinaria de abril"),
            ],
            [
                ("Preparar la propuesta de bases tipo con requisitos BIM para licitaciones piloto.", Rodrigo, 10, 1),
                ("Consolidar el catastro de soluciones industrializadas con apoyo de las direcciones regionales.", Francisca, 21, 2),
                ("Coordinar con Corfo la participación del MOP en su mesa de productividad.", Carolina, 3, null),
            ],
            [
                ("Plan BIM", "Compartir el estándar BIM para proyectos públicos actualizado.", 14, Rodrigo, "Equipo Plan BIM"),
                ("CCI", "Enviar el listado de proveedores de sistemas industrializados certificados.", 20, Francisca, null),
            ]),
        new(
            new NewMesa("resiliencia", "Resiliencia", MesaKind.Mesa, "RES", [Matias]),
            [],
            [
                ("Incorporar criterios de resiliencia ante eventos climáticos extremos en la evaluación de proyectos de puentes.", 10, "Sesión 3"),
            ],
            [
                ("Revisar la metodología de evaluación de riesgo de puentes con la Dirección de Vialidad.", Matias, 7, 1),
                ("Reunir los informes de daños de los últimos sistemas frontales en la zona centro-sur.", Valentina, 12, null),
            ],
            [
                ("Universidad de Chile", "Presentar avances del estudio de amenazas sísmicas en infraestructura crítica.", 30, Matias, "Centro de investigación asociado"),
            ]),
        new(
            new NewMesa("economia-circular", "Economía Circular", MesaKind.Mesa, "ECI", [Valentina]),
            [],
            [
                ("Promover el uso de áridos reciclados en obras de pavimentación con proyectos demostrativos.", 5, "Sesión de lanzamiento"),
            ],
            [
                ("Identificar dos contratos de pavimentación donde probar áridos reciclados.", Ignacio, 15, 1),
                ("Redactar la guía de gestión de residuos de construcción y demolición para inspectores fiscales.", Valentina, 40, null),
            ],
            [
                ("CChC", "Compartir experiencias de empresas socias en valorización de residuos de construcción.", 18, Ignacio, null),
                ("Construye 2025", "Entregar la hoja de ruta RCD Economía Circular en Construcción 2035.", 9, Valentina, null),
            ]),
        new(
            new NewMesa("cambio-climatico", "Cambio Climático", MesaKind.Mesa, "CCL", [Francisca]),
            [],
            [
                ("Medir la huella de carbono de tres proyectos emblemáticos como línea base del ministerio.", 20, "Sesión 2"),
            ],
            [
                ("Seleccionar los tres proyectos para la medición de huella de carbono.", Francisca, 5, 1),
                ("Solicitar a Corfo información sobre líneas de financiamiento para innovación baja en carbono.", Rodrigo, 25, null),
            ],
            [
                ("PUC", "Proponer la metodología de cálculo de huella de carbono en obras viales.", 35, Francisca, null),
            ]),
        new(
            new NewMesa("comite-infraestructura-sostenible", "Comité de Infraestructura Sostenible", MesaKind.Comite, "CIS", [Carolina, Matias]),
            [],
            [
                ("Encauzar los esfuerzos de innovación de las mesas bajo la agenda «Innovación para la Infraestructura Sostenible».", 30, "Comité de marzo"),
                ("Informar trimestralmente al comité el avance de cada mesa.", 30, "Comité de marzo"),
            ],
            [
                ("Elaborar el tablero de seguimiento trimestral de las cuatro mesas.", Carolina, 30, 2),
                ("Proponer indicadores de sostenibilidad comunes para todas las etapas del ciclo de vida de los proyectos.", Matias, 45, 1),
            ],
            [
                ("Instituto de la Construcción", "Compartir el marco de indicadores de sostenibilidad para edificación pública.", 25, Carolina, null),
                ("BIM Fórum Chile", "Invitar al MOP al próximo encuentro anual de BIM Fórum.", 12, Matias, null),
            ]),
    ];
}
