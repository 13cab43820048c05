/** The planner's texts in Danish, Norwegian bokmål and English. */
import { calendarTexts } from "../calendar/texts.js";
import { sheetImportTexts } from "../import/texts.js";
import { requestTexts } from "../requests/texts.js";
import { grantTexts } from "../panel/grant-texts.js";
import { timesheetTexts } from "./timesheet-texts.js";

export type Lang = "da" | "nb" | "en";
export const LANGS: readonly Lang[] = ["da", "nb", "en"];

const texts = {
  ...requestTexts,
  ...sheetImportTexts,
  ...timesheetTexts,
  ...calendarTexts,
  ...grantTexts,
  appName: { da: "Turnus", nb: "Turnus", en: "Turnus" },
  skipToGrid: { da: "Gå til vagtplanen", nb: "Gå til vaktplanen", en: "Skip to the rota" },
  language: { da: "Sprog", nb: "Språk", en: "Language" },
  arrangements: { da: "Dine ordninger", nb: "Dine ordninger", en: "Your arrangements" },
  noArrangements: {
    da: "Ingen ordninger endnu. Opret en nedenfor, eller importér en vagtplanfil.",
    nb: "Ingen ordninger ennå. Opprett en nedenfor, eller importer en vaktplanfil.",
    en: "No arrangements yet. Create one below, or import a rota file.",
  },
  newArrangement: { da: "Ny ordning", nb: "Ny ordning", en: "New arrangement" },
  removeFromDevice: {
    da: "Fjern fra denne enhed",
    nb: "Fjern fra denne enheten",
    en: "Remove from this device",
  },
  removeSharedWarning: {
    da: "Ordningen forbliver på serveren; dit invitationslink åbner den igen. Denne enhed glemmer den og sin adgang.",
    nb: "Ordningen blir værende på serveren; invitasjonslenken din åpner den igjen. Denne enheten glemmer den og tilgangen sin.",
    en: "The arrangement stays on the server; your invite link opens it again. This device forgets it and its access.",
  },
  removeLocalWarning: {
    da: "Ordningen findes kun på denne enhed og slettes for altid. Eksportér den først, hvis du vil beholde den.",
    nb: "Ordningen finnes bare på denne enheten og slettes for godt. Eksporter den først hvis du vil beholde den.",
    en: "The arrangement is only on this device and is deleted for good. Export it first if you want to keep it.",
  },
  cancel: { da: "Annullér", nb: "Avbryt", en: "Cancel" },
  removeConfirm: { da: "Ja, fjern {name}", nb: "Ja, fjern {name}", en: "Yes, remove {name}" },
  removedFromDevice: {
    da: "{name} er fjernet fra denne enhed.",
    nb: "{name} er fjernet fra denne enheten.",
    en: "{name} is removed from this device.",
  },
  name: { da: "Navn", nb: "Navn", en: "Name" },
  country: { da: "Land (regler)", nb: "Land (regler)", en: "Country (rules)" },
  denmark: { da: "Danmark", nb: "Danmark", en: "Denmark" },
  norway: { da: "Norge", nb: "Norge", en: "Norway" },
  create: { da: "Opret", nb: "Opprett", en: "Create" },
  open: { da: "Åbn", nb: "Åpne", en: "Open" },
  importFile: { da: "Importér vagtplanfil", nb: "Importer vaktplanfil", en: "Import rota file" },
  exportFile: { da: "Eksportér vagtplanfil", nb: "Eksporter vaktplanfil", en: "Export rota file" },
  importFailed: {
    da: "Filen kunne ikke læses. Intet er ændret.",
    nb: "Filen kunne ikke leses. Ingenting er endret.",
    en: "The file could not be read. Nothing was changed.",
  },
  back: { da: "Alle ordninger", nb: "Alle ordninger", en: "All arrangements" },
  assistants: { da: "Hjælpere", nb: "Assistenter", en: "Assistants" },
  addAssistant: { da: "Tilføj hjælper", nb: "Legg til assistent", en: "Add assistant" },
  birthDate: {
    da: "Fødselsdato (valgfri)",
    nb: "Fødselsdato (valgfri)",
    en: "Date of birth (optional)",
  },
  view: { da: "Visning", nb: "Visning", en: "View" },
  week: { da: "Uge", nb: "Uke", en: "Week" },
  fourWeeks: { da: "4 uger", nb: "4 uker", en: "4 weeks" },
  month: { da: "Måned", nb: "Måned", en: "Month" },
  year: { da: "År", nb: "År", en: "Year" },
  previous: { da: "Forrige", nb: "Forrige", en: "Previous" },
  next: { da: "Næste", nb: "Neste", en: "Next" },
  today: { da: "I dag", nb: "I dag", en: "Today" },
  undo: { da: "Fortryd", nb: "Angre", en: "Undo" },
  redo: { da: "Gentag", nb: "Gjør om", en: "Redo" },
  publish: { da: "Offentliggør vagtplan", nb: "Publiser vaktplan", en: "Publish rota" },
  published: {
    da: "Vagtplanen er offentliggjort",
    nb: "Vaktplanen er publisert",
    en: "Rota published",
  },
  day: { da: "Dag", nb: "Dag", en: "Day" },
  coverage: { da: "Dækning", nb: "Dekning", en: "Coverage" },
  keptInGrid: {
    da: "Udklipsholderen var ikke tilgængelig. Cellerne er gemt her og kan indsættes i vagtplanen.",
    nb: "Utklippstavlen var ikke tilgjengelig. Cellene er tatt vare på her og kan limes inn i vaktplanen.",
    en: "The clipboard was not available. The cells are kept here and can be pasted into the rota.",
  },
  showAll: { da: "Vis alle {n}", nb: "Vis alle {n}", en: "Show all {n}" },
  showFirst: {
    da: "Vis kun de første {n}",
    nb: "Vis bare de første {n}",
    en: "Show only the first {n}",
  },
  cellActions: { da: "Celler", nb: "Celler", en: "Cells" },
  cut: { da: "Klip", nb: "Klipp ut", en: "Cut" },
  copy: { da: "Kopiér", nb: "Kopier", en: "Copy" },
  paste: { da: "Indsæt", nb: "Lim inn", en: "Paste" },
  fillDown: { da: "Udfyld nedad", nb: "Fyll ut nedover", en: "Fill down" },
  fillRight: { da: "Udfyld til højre", nb: "Fyll ut mot høyre", en: "Fill right" },
  clearCells: { da: "Ryd celler", nb: "Tøm celler", en: "Clear cells" },
  cannotMoveThere: {
    da: "Vagterne kan ikke flyttes dertil: de ville havne uden for de viste dage eller hjælpere.",
    nb: "Vaktene kan ikke flyttes dit: de ville havnet utenfor dagene eller assistentene som vises.",
    en: "The shifts cannot be moved there: they would land outside the days or assistants shown.",
  },
  coverageShort: {
    da: "{from}–{to}: {staffed} af {required}",
    nb: "{from}–{to}: {staffed} av {required}",
    en: "{from}–{to}: {staffed} of {required}",
  },
  coverageGapsSay: {
    da: "For få hjælpere {gaps}",
    nb: "For få assistenter {gaps}",
    en: "Too few assistants {gaps}",
  },
  rota: { da: "Vagtplan", nb: "Vaktplan", en: "Rota" },
  settings: { da: "Indstillinger", nb: "Innstillinger", en: "Settings" },
  share: { da: "Deling", nb: "Deling", en: "Sharing" },
  notShared: {
    da: "Ikke delt: ordningen findes kun på denne enhed.",
    nb: "Ikke delt: ordningen finnes bare på denne enheten.",
    en: "Not shared: this arrangement is only on this device.",
  },
  shareStart: { da: "Del ordningen", nb: "Del ordningen", en: "Share this arrangement" },
  shareStarted: {
    da: "Ordningen er delt. Du er arbejdsleder.",
    nb: "Ordningen er delt. Du er arbeidsleder.",
    en: "The arrangement is shared. You are its work leader.",
  },
  shareTaken: {
    da: "Ordningen er allerede delt fra en anden enhed. Brug et invitationslink derfra.",
    nb: "Ordningen er allerede delt fra en annen enhet. Bruk en invitasjonslenke derfra.",
    en: "This arrangement is already shared from another device. Use an invite link from there.",
  },
  shareFailed: {
    da: "Det lykkedes ikke: {reason}",
    nb: "Det lyktes ikke: {reason}",
    en: "That did not work: {reason}",
  },
  someone: { da: "En bruger", nb: "En bruker", en: "Someone" },
  yourName: {
    da: "Dit navn (vises for andre)",
    nb: "Ditt navn (vises for andre)",
    en: "Your name (shown to others)",
  },
  youAre: { da: "Din rolle: {role}", nb: "Din rolle: {role}", en: "Your role: {role}" },
  role_leader: { da: "Arbejdsleder", nb: "Arbeidsleder", en: "Work leader" },
  "role_co-leader": { da: "Medleder", nb: "Medleder", en: "Co-leader" },
  role_assistant: { da: "Hjælper", nb: "Assistent", en: "Assistant" },
  role_viewer: { da: "Læser (kun se)", nb: "Leser (bare se)", en: "Viewer (read only)" },
  inviteAs: { da: "Invitér som", nb: "Inviter som", en: "Invite as" },
  whichAssistant: { da: "Hvilken hjælper", nb: "Hvilken assistent", en: "Which assistant" },
  makeLink: {
    da: "Opret invitationslink",
    nb: "Opprett invitasjonslenke",
    en: "Create invite link",
  },
  inviteLink: { da: "Invitationslink", nb: "Invitasjonslenke", en: "Invite link" },
  linkMade: {
    da: "Invitationslinket er oprettet. Kopiér det og send det kun til personen: alle med linket får adgang.",
    nb: "Invitasjonslenken er opprettet. Kopier den og send den bare til personen: alle med lenken får tilgang.",
    en: "Invite link created. Copy it and send it only to the person: anyone with the link gets access.",
  },
  copyLink: { da: "Kopiér link", nb: "Kopier lenke", en: "Copy link" },
  linkCopied: { da: "Linket er kopieret", nb: "Lenken er kopiert", en: "Link copied" },
  invites: { da: "Invitationer", nb: "Invitasjoner", en: "Invites" },
  noInvites: {
    da: "Ingen invitationer endnu.",
    nb: "Ingen invitasjoner ennå.",
    en: "No invites yet.",
  },
  revoke: { da: "Tilbagekald", nb: "Trekk tilbake", en: "Revoke" },
  revokedInvite: { da: "tilbagekaldt", nb: "trukket tilbake", en: "revoked" },
  inviteRevoked: {
    da: "Invitationen er tilbagekaldt: linket virker ikke længere.",
    nb: "Invitasjonen er trukket tilbake: lenken virker ikke lenger.",
    en: "Invite revoked: the link no longer works.",
  },
  notAllowedToInvite: {
    da: "Kun arbejdslederen og medledere kan invitere.",
    nb: "Bare arbeidslederen og medledere kan invitere.",
    en: "Only the work leader and co-leaders can invite.",
  },
  connection: { da: "Forbindelse", nb: "Tilkobling", en: "Connection" },
  connOffline: {
    da: "Offline – ændringer gemmes på denne enhed",
    nb: "Frakoblet – endringer lagres på denne enheten",
    en: "Offline — changes are kept on this device",
  },
  connConnecting: { da: "Forbinder …", nb: "Kobler til …", en: "Connecting …" },
  connSynced: { da: "Synkroniseret", nb: "Synkronisert", en: "Synced" },
  connDenied: {
    da: "Serveren afviste adgangen (linket kan være tilbagekaldt). Ændringer gemmes på denne enhed.",
    nb: "Serveren avviste tilgangen (lenken kan være trukket tilbake). Endringer lagres på denne enheten.",
    en: "The server refused access (the link may have been revoked). Changes are kept on this device.",
  },
  alsoHere: { da: "Også her", nb: "Også her", en: "Also here" },
  nobodyElse: { da: "Ingen andre er her.", nb: "Ingen andre er her.", en: "Nobody else is here." },
  readOnlyRota: {
    da: "Vagtplanen er skrivebeskyttet for dig: du kan se den, men ikke ændre den.",
    nb: "Vaktplanen er skrivebeskyttet for deg: du kan se den, men ikke endre den.",
    en: "This rota is read-only for you: you can look at it, not change it.",
  },
  settingsArrangement: { da: "Ordningen", nb: "Ordningen", en: "The arrangement" },
  grantHoursField: {
    da: "Bevilgede timer (tom = ingen bevilling)",
    nb: "Innvilgede timer (tom = ikke noe vedtak)",
    en: "Granted hours (empty = no grant)",
  },
  grantPer: { da: "Timer pr.", nb: "Timer per", en: "Hours per" },
  period: { da: "Periode", nb: "Periode", en: "Period" },
  periodFrom: { da: "Periode fra", nb: "Periode fra", en: "Period from" },
  periodTo: { da: "Periode til og med", nb: "Periode til og med", en: "Period to (included)" },
  need: { da: "Behov for hjælpere", nb: "Behov for assistenter", en: "Assistants needed" },
  needRow: { da: "Behov {n}", nb: "Behov {n}", en: "Need {n}" },
  needDays: { da: "Dage", nb: "Dager", en: "Days" },
  timeFrom: { da: "Fra kl.", nb: "Fra kl.", en: "From" },
  timeTo: { da: "Til kl.", nb: "Til kl.", en: "To" },
  timeHint: {
    da: "TT:MM, 24:00 er midnat",
    nb: "TT:MM, 24:00 er midnatt",
    en: "HH:MM, 24:00 is midnight",
  },
  needAssistants: { da: "Antal hjælpere", nb: "Antall assistenter", en: "Number of assistants" },
  addNeed: { da: "Tilføj behov", nb: "Legg til behov", en: "Add need" },
  removeNeed: { da: "Fjern behov {n}", nb: "Fjern behov {n}", en: "Remove need {n}" },
  noNeed: { da: "Intet behov angivet.", nb: "Ikke noe behov angitt.", en: "No need set." },
  saved: { da: "Gemt", nb: "Lagret", en: "Saved" },
  notSaved: {
    da: "Ikke gemt, intet er ændret. Ret dette:",
    nb: "Ikke lagret, ingenting er endret. Rett dette:",
    en: "Not saved, nothing was changed. Fix this:",
  },
  mustBeNumber: { da: "skal være et tal", nb: "må være et tall", en: "must be a number" },
  bothDates: {
    da: "udfyld begge datoer, eller ingen",
    nb: "fyll ut begge datoene, eller ingen",
    en: "fill in both dates, or neither",
  },
  overrides: {
    da: "Regler for ordningen",
    nb: "Regler for ordningen",
    en: "Rules for this arrangement",
  },
  overridesHelp: {
    da: "Et tomt felt bruger landets standard.",
    nb: "Et tomt felt bruker landets standard.",
    en: "An empty field uses the country's default.",
  },
  defaultValue: { da: "Standard: {value}", nb: "Standard: {value}", en: "Default: {value}" },
  defaultOption: {
    da: "Standard ({value})",
    nb: "Standard ({value})",
    en: "Default ({value})",
  },
  on: { da: "Til", nb: "På", en: "On" },
  off: { da: "Fra", nb: "Av", en: "Off" },
  modeRolling: { da: "Løbende dage", nb: "Løpende dager", en: "Rolling days" },
  modeIsoWeek: { da: "Kalenderuge", nb: "Kalenderuke", en: "Calendar week" },
  templates: { da: "Vagtskabeloner", nb: "Vaktmaler", en: "Shift templates" },
  templatesHelp: {
    da: "Skriv en skabelons kortnavn i en celle i vagtplanen for at oprette vagten.",
    nb: "Skriv kortnavnet til en mal i en celle i vaktplanen for å opprette vakten.",
    en: "Type a template's short name into a rota cell to create its shift.",
  },
  templateRow: { da: "Skabelon {n}", nb: "Mal {n}", en: "Template {n}" },
  templateShort: { da: "Kortnavn", nb: "Kortnavn", en: "Short name" },
  templateText: { da: "Vagt", nb: "Vakt", en: "Shift" },
  templateTextHint: {
    da: "fx 7-15, 22-7 eller 22-7 r",
    nb: "f.eks. 7-15, 22-7 eller 22-7 r",
    en: "e.g. 7-15, 22-7 or 22-7 r",
  },
  templateName: { da: "Navn (valgfrit)", nb: "Navn (valgfritt)", en: "Name (optional)" },
  addTemplate: { da: "Tilføj skabelon", nb: "Legg til mal", en: "Add template" },
  removeTemplate: { da: "Fjern skabelon {n}", nb: "Fjern mal {n}", en: "Remove template {n}" },
  noTemplates: { da: "Ingen skabeloner endnu.", nb: "Ingen maler ennå.", en: "No templates yet." },
  repeat: { da: "Gentag uger", nb: "Gjenta uker", en: "Repeat weeks" },
  repeatHelp: {
    da: "Kopierer arbejds- og rådighedsvagterne i ugerne fra den valgte mandag ind i de følgende uger til og med slutdatoen. Arbejds- og rådighedsvagter i de dage erstattes; ferie, sygdom og orlov røres ikke. Kan fortrydes i ét trin.",
    nb: "Kopierer arbeids- og passivvaktene i ukene fra valgt mandag inn i de følgende ukene til og med sluttdatoen. Arbeids- og passivvakter i de dagene erstattes; ferie, sykdom og permisjon røres ikke. Kan angres i ett trinn.",
    en: "Copies the work and on-call shifts of the weeks from the chosen Monday into the following weeks up to and including the end date. Work and on-call shifts already in those days are replaced; vacation, sickness and leave are not touched. Undone in one step.",
  },
  repeatFrom: {
    da: "Første uge begynder (en mandag)",
    nb: "Første uke begynner (en mandag)",
    en: "First week starts (a Monday)",
  },
  repeatWeeks: {
    da: "Antal uger der gentages (1–12)",
    nb: "Antall uker som gjentas (1–12)",
    en: "Number of weeks to repeat (1–12)",
  },
  repeatUntil: { da: "Gentag til og med", nb: "Gjenta til og med", en: "Repeat until (included)" },
  preview: { da: "Vis hvad der vil ske", nb: "Vis hva som vil skje", en: "Preview" },
  repeatButton: { da: "Gentag ugerne", nb: "Gjenta ukene", en: "Repeat the weeks" },
  repeatPreview: {
    da: "Vil kopiere {copied} vagter, erstatte {replaced} og springe {skipped} over.",
    nb: "Vil kopiere {copied} vakter, erstatte {replaced} og hoppe over {skipped}.",
    en: "Will copy {copied} shifts, replace {replaced} and skip {skipped}.",
  },
  repeatDone: {
    da: "Kopieret: {copied} vagter. Erstattet: {replaced}. Sprunget over: {skipped}.",
    nb: "Kopiert: {copied} vakter. Erstattet: {replaced}. Hoppet over: {skipped}.",
    en: "Copied: {copied} shifts. Replaced: {replaced}. Skipped: {skipped}.",
  },
  skipped: { da: "Sprunget over", nb: "Hoppet over", en: "Skipped" },
  yearOverview: { da: "Årsoverblik", nb: "Årsoversikt", en: "Year overview" },
  yearHelp: {
    da: "Piletaster flytter en dag, op og ned en uge. Home og End går til ugens start og slut, Ctrl+Home og Ctrl+End til årets. Page Up og Page Down flytter en måned. Enter eller klik åbner dagen i ugevisningen.",
    nb: "Piltaster flytter en dag, opp og ned en uke. Home og End går til ukens start og slutt, Ctrl+Home og Ctrl+End til årets. Page Up og Page Down flytter en måned. Enter eller klikk åpner dagen i ukevisningen.",
    en: "Arrow keys move a day, up and down a week. Home and End go to the start and end of the week, Ctrl+Home and Ctrl+End to those of the year. Page Up and Page Down move a month. Enter or a click opens the day in the week view.",
  },
  yearLegend: { da: "Tegnforklaring", nb: "Tegnforklaring", en: "Key" },
  yearHoursUnit: { da: "t", nb: "t", en: "h" },
  yearHoursLegend: {
    da: "tal med t: timer planlagt",
    nb: "tall med t: timer planlagt",
    en: "number with h: hours planned",
  },
  yearWeekShort: { da: "U{n}", nb: "U{n}", en: "W{n}" },
  yearWeekColumn: { da: "Uge", nb: "Uke", en: "Week" },
  yearWeek: { da: "Uge {n}", nb: "Uke {n}", en: "Week {n}" },
  yearPlanned: { da: "{h} timer planlagt", nb: "{h} timer planlagt", en: "{h} hours planned" },
  yearPlannedOfGranted: {
    da: "{p} af {g} bevilgede timer planlagt",
    nb: "{p} av {g} timer i vedtaket planlagt",
    en: "{p} of {g} granted hours planned",
  },
  yearOverGrant: { da: "over bevillingen", nb: "over vedtaket", en: "over the grant" },
  yearGap: { da: "Dækningshul", nb: "Dekningshull", en: "Coverage gap" },
  yearGapHours: {
    da: "dækningshul {h} timer",
    nb: "dekningshull {h} timer",
    en: "coverage gap {h} hours",
  },
  yearHoliday: { da: "Helligdag", nb: "Helligdag", en: "Public holiday" },
  yearSpecialDay: { da: "Særlig dag", nb: "Særskilt dag", en: "Special day" },
  yearSpecialFrom: {
    da: "{name} (helligdagstillæg fra {time})",
    nb: "{name} (helligdagstillegg fra {time})",
    en: "{name} (holiday pay from {time})",
  },
  gridHelp: {
    da: "Piletaster flytter, Skift+piletaster markerer (Ctrl+A det hele). Skriv fx 7-15, 22-7 eller 22-7 r (rådighed), eller en vagtskabelons kortnavn (fx D), og tryk Enter; to vagter samme dag skrives fx 7-11, 17-21. F2 eller Enter redigerer, Delete sletter, Escape fortryder. Ctrl+C, Ctrl+X og Ctrl+V kopierer, klipper og indsætter (som i et regneark), Ctrl+D udfylder nedad og Ctrl+R til højre. Med musen kan vagter trækkes til en anden celle (med Ctrl: kopieres), og knapperne over vagtplanen gør det samme som tasterne.",
    nb: "Piltaster flytter, Shift+piltaster merker (Ctrl+A alt). Skriv f.eks. 7-15, 22-7 eller 22-7 r (passiv), eller kortnavnet til en vaktmal (f.eks. D), og trykk Enter; to vakter samme dag skrives f.eks. 7-11, 17-21. F2 eller Enter redigerer, Delete sletter, Escape avbryter. Ctrl+C, Ctrl+X og Ctrl+V kopierer, klipper ut og limer inn (som i et regneark), Ctrl+D fyller ut nedover og Ctrl+R mot høyre. Med musen kan vakter dras til en annen celle (med Ctrl: kopieres), og knappene over vaktplanen gjør det samme som tastene.",
    en: "Arrow keys move, Shift+arrow keys select (Ctrl+A all). Type e.g. 7-15, 22-7 or 22-7 r (on call), or a shift template's short name (e.g. D), and press Enter; two shifts on one day are written e.g. 7-11, 17-21. F2 or Enter edits, Delete removes, Escape cancels. Ctrl+C, Ctrl+X and Ctrl+V copy, cut and paste (as in a spreadsheet), Ctrl+D fills down and Ctrl+R fills right. With a mouse, drag shifts to another cell (hold Ctrl to copy); the buttons above the rota do what the keys do.",
  },
  selected: {
    da: "Markeret: {rows} × {cols} celler",
    nb: "Merket: {rows} × {cols} celler",
    en: "Selected: {rows} × {cols} cells",
  },
  nothingToPaste: {
    da: "Intet at indsætte: udklipsholderen har ingen tekst",
    nb: "Ingenting å lime inn: utklippstavlen har ingen tekst",
    en: "Nothing to paste: the clipboard holds no text",
  },
  clipboardFailed: {
    da: "Udklipsholderen kunne ikke bruges",
    nb: "Utklippstavlen kunne ikke brukes",
    en: "The clipboard could not be used",
  },
  nothingToFill: {
    da: "Markér cellerne, der skal udfyldes, med dem der skal kopieres først",
    nb: "Merk cellene som skal fylles ut, med dem som skal kopieres først",
    en: "Select the cells to fill, with the cells to copy first",
  },
  cellsLeftAsTheyWere: {
    da: "Disse celler er ikke ændret:",
    nb: "Disse cellene er ikke endret:",
    en: "These cells were left as they were:",
  },
  violations: { da: "Regelbrud", nb: "Regelbrudd", en: "Violations" },
  noViolations: { da: "Ingen regelbrud.", nb: "Ingen regelbrudd.", en: "No violations." },
  checking: {
    da: "Vagtplanen kontrolleres …",
    nb: "Vaktplanen kontrolleres …",
    en: "Checking the rota …",
  },
  error: { da: "Fejl", nb: "Feil", en: "Error" },
  warning: { da: "Advarsel", nb: "Advarsel", en: "Warning" },
  grant: { da: "Bevilling", nb: "Vedtak", en: "Grant" },
  noGrant: { da: "Ingen bevilling angivet.", nb: "Ikke noe vedtak angitt.", en: "No grant set." },
  grantHours: { da: "Bevilgede timer", nb: "Timer i vedtaket", en: "Granted hours" },
  per: { da: "pr.", nb: "per", en: "per" },
  planned: { da: "planlagt", nb: "planlagt", en: "planned" },
  of: { da: "af", nb: "av", en: "of" },
  save: { da: "Gem", nb: "Lagre", en: "Save" },
  newViolation: { da: "Nyt regelbrud", nb: "Nytt regelbrudd", en: "New violation" },
  resolvedViolation: { da: "Løst", nb: "Løst", en: "Resolved" },
  shiftSaved: { da: "Vagt gemt", nb: "Vakt lagret", en: "Shift saved" },
  shiftRemoved: { da: "Vagt slettet", nb: "Vakt slettet", en: "Shift removed" },
  peersJoined: {
    da: "Kom til: {names}.",
    nb: "Kom til: {names}.",
    en: "Joined: {names}.",
  },
  peersLeft: {
    da: "Gik: {names}.",
    nb: "Gikk: {names}.",
    en: "Left: {names}.",
  },
  conflictsTitle: {
    da: "Ændret af andre, mens du var offline",
    nb: "Endret av andre mens du var frakoblet",
    en: "Changed by others while you were offline",
  },
  conflictYoursKept: {
    da: "{what}: også ændret af en anden. Din udgave er beholdt: {yours}. Den andens var: {theirs}.",
    nb: "{what}: også endret av en annen. Din versjon er beholdt: {yours}. Den andres var: {theirs}.",
    en: "{what}: also changed by someone else. Yours is kept: {yours}. Theirs was: {theirs}.",
  },
  conflictTheirsKept: {
    da: "{what}: også ændret af en anden. Den andens udgave er beholdt: {theirs}. Din var: {yours}.",
    nb: "{what}: også endret av en annen. Den andres versjon er beholdt: {theirs}. Din var: {yours}.",
    en: "{what}: also changed by someone else. Theirs is kept: {theirs}. Yours was: {yours}.",
  },
  conflictYouRemoved: {
    da: "{what}: du slettede den, en anden ændrede den til {theirs}. Den er stadig slettet.",
    nb: "{what}: du slettet den, en annen endret den til {theirs}. Den er fortsatt slettet.",
    en: "{what}: you removed it, someone else changed it to {theirs}. It stays removed.",
  },
  conflictRemovedByThem: {
    da: "{what}: en anden slettede den, du havde ændret den til {yours}. Den er slettet.",
    nb: "{what}: en annen slettet den, du hadde endret den til {yours}. Den er slettet.",
    en: "{what}: someone else removed it, you had changed it to {yours}. It is removed.",
  },
  conflictChangedAgain: {
    da: "{what}: ændret af både dig og en anden og siden igen: {now}.",
    nb: "{what}: endret av både deg og en annen og siden igjen: {now}.",
    en: "{what}: changed by you and by someone else, and since again: {now}.",
  },
  conflictRemoved: { da: "slettet", nb: "slettet", en: "removed" },
  conflictShift: { da: "Vagt {when}", nb: "Vakt {when}", en: "Shift {when}" },
  conflictAssistant: { da: "Hjælper {name}", nb: "Assistent {name}", en: "Assistant {name}" },
  conflictSetting: { da: "Indstilling {name}", nb: "Innstilling {name}", en: "Setting {name}" },
  dismissNotice: { da: "Luk besked", nb: "Lukk melding", en: "Dismiss" },
  loading: { da: "Indlæser …", nb: "Laster …", en: "Loading …" },
  updateReady: {
    da: "En ny version er klar.",
    nb: "En ny versjon er klar.",
    en: "A new version is ready.",
  },
  reload: { da: "Genindlæs", nb: "Last inn på nytt", en: "Reload" },
  buildId: { da: "Version", nb: "Versjon", en: "Version" },
  offlineReady: {
    da: "Turnus virker nu også uden net.",
    nb: "Turnus virker nå også uten nett.",
    en: "Turnus now works offline too.",
  },
} as const;

export type TextKey = keyof typeof texts;

/** The text of `key` in `lang`. */
export function t(lang: Lang, key: TextKey): string {
  return texts[key][lang];
}

/** The text of `key` in `lang` with `{name}` placeholders filled in. */
export function tf(lang: Lang, key: TextKey, values: Readonly<Record<string, string | number>>) {
  return t(lang, key).replace(/\{(\w+)\}/g, (m, name: string) => String(values[name] ?? m));
}

/** Texts with a count: the singular and the plural form, `{n}` the count. */
const counted = {
  yearErrors: {
    da: ["{n} fejl", "{n} fejl"],
    nb: ["{n} feil", "{n} feil"],
    en: ["{n} error", "{n} errors"],
  },
  yearWarnings: {
    da: ["{n} advarsel", "{n} advarsler"],
    nb: ["{n} advarsel", "{n} advarsler"],
    en: ["{n} warning", "{n} warnings"],
  },
  yearGapDays: {
    da: ["dækningshul på {n} dag", "dækningshuller på {n} dage"],
    nb: ["dekningshull på {n} dag", "dekningshull på {n} dager"],
    en: ["coverage gap on {n} day", "coverage gaps on {n} days"],
  },
  yearWeeksOver: {
    da: ["{n} uge over bevillingen", "{n} uger over bevillingen"],
    nb: ["{n} uke over vedtaket", "{n} uker over vedtaket"],
    en: ["{n} week over the grant", "{n} weeks over the grant"],
  },
  yearMore: {
    da: ["og {n} mere", "og {n} mere"],
    nb: ["og {n} til", "og {n} til"],
    en: ["and {n} more", "and {n} more"],
  },
  shiftsPasted: {
    da: ["{n} vagt indsat", "{n} vagter indsat"],
    nb: ["{n} vakt limt inn", "{n} vakter limt inn"],
    en: ["{n} shift pasted", "{n} shifts pasted"],
  },
  shiftsFilled: {
    da: ["{n} vagt udfyldt", "{n} vagter udfyldt"],
    nb: ["{n} vakt fylt ut", "{n} vakter fylt ut"],
    en: ["{n} shift filled in", "{n} shifts filled in"],
  },
  shiftsRemoved: {
    da: ["{n} vagt slettet", "{n} vagter slettet"],
    nb: ["{n} vakt slettet", "{n} vakter slettet"],
    en: ["{n} shift removed", "{n} shifts removed"],
  },
  cellsCleared: {
    da: ["{n} celle tømt", "{n} celler tømt"],
    nb: ["{n} celle tømt", "{n} celler tømt"],
    en: ["{n} cell cleared", "{n} cells cleared"],
  },
  cellsCopied: {
    da: ["{n} celle kopieret", "{n} celler kopieret"],
    nb: ["{n} celle kopiert", "{n} celler kopiert"],
    en: ["{n} cell copied", "{n} cells copied"],
  },
  shiftsCut: {
    da: ["{n} vagt klippet", "{n} vagter klippet"],
    nb: ["{n} vakt klippet ut", "{n} vakter klippet ut"],
    en: ["{n} shift cut", "{n} shifts cut"],
  },
  shiftsMoved: {
    da: ["{n} vagt flyttet", "{n} vagter flyttet"],
    nb: ["{n} vakt flyttet", "{n} vakter flyttet"],
    en: ["{n} shift moved", "{n} shifts moved"],
  },
  shiftsCopied: {
    da: ["{n} vagt kopieret", "{n} vagter kopieret"],
    nb: ["{n} vakt kopiert", "{n} vakter kopiert"],
    en: ["{n} shift copied", "{n} shifts copied"],
  },
  cellsNotUnderstood: {
    da: ["{n} celle ikke forstået", "{n} celler ikke forstået"],
    nb: ["{n} celle ikke forstått", "{n} celler ikke forstått"],
    en: ["{n} cell not understood", "{n} cells not understood"],
  },
  cellsNotChanged: {
    da: ["{n} celle ikke ændret", "{n} celler ikke ændret"],
    nb: ["{n} celle ikke endret", "{n} celler ikke endret"],
    en: ["{n} cell not changed", "{n} cells not changed"],
  },
  unsyncedChanges: {
    da: ["{n} ændring ikke sendt endnu", "{n} ændringer ikke sendt endnu"],
    nb: ["{n} endring ikke sendt ennå", "{n} endringer ikke sendt ennå"],
    en: ["{n} change not yet sent", "{n} changes not yet sent"],
  },
  cellsLeftOut: {
    da: ["{n} celle uden for vagtplanen udeladt", "{n} celler uden for vagtplanen udeladt"],
    nb: ["{n} celle utenfor vaktplanen utelatt", "{n} celler utenfor vaktplanen utelatt"],
    en: ["{n} cell outside the rota left out", "{n} cells outside the rota left out"],
  },
} as const satisfies Record<string, Record<Lang, readonly [string, string]>>;

export type CountedKey = keyof typeof counted;

/** The text of `key` for `n` things in `lang` (one: singular; otherwise plural). */
export function tn(lang: Lang, key: CountedKey, n: number): string {
  const [one, many] = counted[key][lang];
  return (n === 1 ? one : many).replace("{n}", numberFormat(lang).format(n));
}

/** The language for the browser's preferences: Danish, Norwegian (any variant) or English. */
export function pickLang(preferred: readonly string[]): Lang {
  for (const p of preferred) {
    const base = p.toLowerCase().split("-")[0];
    if (base === "da") return "da";
    if (base === "nb" || base === "nn" || base === "no") return "nb";
    if (base === "en") return "en";
  }
  return "en";
}

/**
 * What a paste, cut, delete or fill did, for the live region: `3 shifts pasted, 1 cell not
 * understood.`
 */
export function writeSummary(
  lang: Lang,
  action: "paste" | "cut" | "delete" | "fill" | "move" | "copy",
  c: { put: number; removed: number; cleared: number; failed: number; leftOut: number },
): string {
  const parts: [CountedKey, number, boolean][] = [
    ["shiftsPasted", c.put, action === "paste"],
    ["shiftsFilled", c.put, action === "fill"],
    ["shiftsRemoved", c.removed, action === "delete"],
    ["shiftsCut", c.removed, action === "cut"],
    ["shiftsMoved", c.put, action === "move"],
    ["shiftsCopied", c.put, action === "copy"],
    ["cellsCleared", c.cleared, (action === "paste" || action === "fill") && c.cleared > 0],
    [action === "paste" ? "cellsNotUnderstood" : "cellsNotChanged", c.failed, c.failed > 0],
    ["cellsLeftOut", c.leftOut, c.leftOut > 0],
  ];
  const said = parts.filter(([, , say]) => say).map(([key, n]) => tn(lang, key, n));
  return `${said.join(", ")}.`;
}

const bcp47: Record<Lang, string> = { da: "da-DK", nb: "nb-NO", en: "en-GB" };

/** The BCP 47 tag used for formatting in a language. */
export const localeOf = (lang: Lang): string => bcp47[lang];

/** A date as the language writes it with weekday: `man. 2. mar.` */
export function formatDay(lang: Lang, date: string): string {
  return dateFormat(lang, "short").format(utcDate(date));
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** A cached date formatter (creating one costs far more than formatting). */
function dateFormat(lang: Lang, style: "short" | "long"): Intl.DateTimeFormat {
  const key = `${lang}|${style}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(
      localeOf(lang),
      style === "short"
        ? { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" }
        : { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" },
    );
    formats.set(key, f);
  }
  return f;
}

const utcDate = (date: string): Date => {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
};

/** A date in full for screen readers: `mandag den 2. marts 2026`. */
export function formatDayLong(lang: Lang, date: string): string {
  return dateFormat(lang, "long").format(utcDate(date));
}

/** A number of hours with the language's decimal mark. */
export function formatHours(lang: Lang, hours: number): string {
  return numberFormat(lang).format(hours);
}

/** Labels of rule parameters (core's PARAM_SCHEMAS keys), for the rule settings form. */
const paramLabels: Record<string, Record<Lang, string>> = {
  enabled: { da: "Reglen er slået til", nb: "Regelen er slått på", en: "Rule switched on" },
  severity: { da: "Alvor", nb: "Alvorlighet", en: "Severity" },
  hours: { da: "Timer", nb: "Timer", en: "Hours" },
  youngHours: {
    da: "Timer for unge under 18",
    nb: "Timer for unge under 18",
    en: "Hours for workers under 18",
  },
  windowHours: { da: "Inden for (timer)", nb: "Innenfor (timer)", en: "Within (hours)" },
  reducedHours: {
    da: "Nedsat hvil (timer)",
    nb: "Redusert hvile (timer)",
    en: "Reduced rest (hours)",
  },
  reducedPerWeek: {
    da: "Nedsatte hvil pr. uge",
    nb: "Reduserte hviler per uke",
    en: "Reduced rests per week",
  },
  windowDays: { da: "Inden for (dage)", nb: "Innenfor (dager)", en: "Within (days)" },
  mode: { da: "Opgøres som", nb: "Beregnes som", en: "Counted as" },
  weeks: { da: "Uger", nb: "Uker", en: "Weeks" },
  afterHours: { da: "Pause efter (timer)", nb: "Pause etter (timer)", en: "Break after (hours)" },
  youngAfterHours: {
    da: "Pause efter (timer) for unge",
    nb: "Pause etter (timer) for unge",
    en: "Break after (hours) for the young",
  },
  minutes: {
    da: "Pausens længde (minutter)",
    nb: "Pausens lengde (minutter)",
    en: "Break (minutes)",
  },
  age: { da: "Ung under (år)", nb: "Ung under (år)", en: "Young below (years)" },
  nightFrom: { da: "Nat fra (TT:MM)", nb: "Natt fra (TT:MM)", en: "Night from (HH:MM)" },
  nightTo: { da: "Nat til (TT:MM)", nb: "Natt til (TT:MM)", en: "Night to (HH:MM)" },
  dayHours: { da: "Timer pr. dag", nb: "Timer per dag", en: "Hours per day" },
  weekHours: { da: "Timer pr. uge", nb: "Timer per uke", en: "Hours per week" },
  noticeDays: { da: "Varsel (dage)", nb: "Varsel (dager)", en: "Notice (days)" },
};

/** The label of a rule parameter in `lang` (the parameter's own name when there is none). */
export function paramLabel(lang: Lang, name: string): string {
  return paramLabels[name]?.[lang] ?? name;
}

/** The name of a weekday (`mon` … `sun`) in `lang`. */
export function weekdayName(lang: Lang, day: string): string {
  const index = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].indexOf(day);
  // 5 January 2026 is a Monday
  return new Intl.DateTimeFormat(localeOf(lang), { weekday: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(2026, 0, 5 + index)),
  );
}

const ruleTitles: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  overlap: { da: "Overlappende vagter", nb: "Overlappende vakter", en: "Overlapping shifts" },
  "daily-rest": { da: "Daglig hviletid", nb: "Daglig hvile", en: "Daily rest" },
  "weekly-rest": { da: "Ugentligt fridøgn", nb: "Ukentlig arbeidsfri", en: "Weekly rest" },
  "average-weekly-hours": {
    da: "Gennemsnitlig ugentlig arbejdstid",
    nb: "Gjennomsnittlig ukentlig arbeidstid",
    en: "Average weekly hours",
  },
  "weekly-hours-cap": {
    da: "Loft over timer i en uge",
    nb: "Tak for timer i en uke",
    en: "Weekly hours cap",
  },
  break: { da: "Pause", nb: "Pause", en: "Break" },
  "young-worker": {
    da: "Unge under 18",
    nb: "Arbeidstakere under 18",
    en: "Young workers (under 18)",
  },
  "grant-exceeded": {
    da: "Bevillingen overskredet",
    nb: "Vedtaket overskredet",
    en: "Grant exceeded",
  },
  "coverage-gap": { da: "Manglende dækning", nb: "Manglende dekning", en: "Coverage gap" },
  "late-change": { da: "Sen ændring", nb: "Sen endring", en: "Late change" },
};

/** A rule's name for people (its id, e.g. `daily-rest`, when there is none). */
export function ruleTitle(lang: Lang, rule: string): string {
  return ruleTitles[rule]?.[lang] ?? rule;
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();

/** A cached number formatter, up to two decimals (creating one costs far more than formatting). */
function numberFormat(lang: Lang): Intl.NumberFormat {
  let f = numberFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 2 });
    numberFormats.set(lang, f);
  }
  return f;
}
