/**
 * The texts of calendar export and feeds (merged into the planner's dictionary). Plain data, no
 * imports: `ical.ts` reads the event texts from here, also on the sync server.
 */
export const calendarTexts = {
  calendarShift: { da: "Vagt {from}–{to}", nb: "Vakt {from}–{to}", en: "Shift {from}–{to}" },
  calendarOncall: {
    da: "Rådighedsvagt {from}–{to}",
    nb: "Passiv vakt {from}–{to}",
    en: "On call {from}–{to}",
  },
  calendarBreak: { da: "Pause: {n} min.", nb: "Pause: {n} min.", en: "Break: {n} min." },
  calendarHeading: { da: "Kalender", nb: "Kalender", en: "Calendar" },
  calendarExportMine: {
    da: "Eksportér mine vagter (iCal)",
    nb: "Eksporter vaktene mine (iCal)",
    en: "Export my shifts (iCal)",
  },
  calendarExportFor: {
    da: "Eksportér {name}s vagter (iCal)",
    nb: "Eksporter vaktene til {name} (iCal)",
    en: "Export {name}'s shifts (iCal)",
  },
  calendarExported: {
    da: "Vagter gemt i {file}: {n}.",
    nb: "Vakter lagret i {file}: {n}.",
    en: "Shifts saved in {file}: {n}.",
  },
  calendarLeftOut: {
    da: "Udeladt (tider med fejl): {list}",
    nb: "Utelatt (tider med feil): {list}",
    en: "Left out (times with problems): {list}",
  },
  calendarSubscribe: {
    da: "Abonnér i din kalender-app",
    nb: "Abonner i kalenderappen din",
    en: "Subscribe in your calendar app",
  },
  calendarSubscribeHelp: {
    da: "Adressen viser kun vagterne for {name} og opdateres, når vagtplanen ændres. Alle med adressen kan se vagterne: del den ikke. Tilbagekald den, hvis den er kommet ud.",
    nb: "Adressen viser bare vaktene til {name} og oppdateres når turnusen endres. Alle med adressen kan se vaktene: ikke del den. Trekk den tilbake hvis den har kommet på avveie.",
    en: "The address shows only {name}'s shifts and follows changes to the rota. Anyone with the address can see the shifts: do not share it. Revoke it if it got out.",
  },
  calendarNeedsServer: {
    da: "Et kalenderabonnement kræver, at arrangementet er delt via serveren.",
    nb: "Et kalenderabonnement krever at ordningen er delt via serveren.",
    en: "A calendar subscription needs the arrangement to be shared through the server.",
  },
  calendarMakeFeed: {
    da: "Lav abonnementsadresse",
    nb: "Lag abonnementsadresse",
    en: "Make a subscription address",
  },
  calendarFeedMade: {
    da: "Abonnementsadressen er lavet.",
    nb: "Abonnementsadressen er laget.",
    en: "The subscription address is made.",
  },
  calendarFeedWebcal: {
    da: "Adresse til kalender-apps (webcal)",
    nb: "Adresse for kalenderapper (webcal)",
    en: "Address for calendar apps (webcal)",
  },
  calendarFeedHttps: {
    da: "Adresse til webkalendere (https)",
    nb: "Adresse for nettkalendere (https)",
    en: "Address for web calendars (https)",
  },
  calendarCopy: { da: "Kopiér", nb: "Kopier", en: "Copy" },
  calendarCopied: { da: "Kopieret.", nb: "Kopiert.", en: "Copied." },
  calendarFeeds: {
    da: "Abonnementsadresser",
    nb: "Abonnementsadresser",
    en: "Subscription addresses",
  },
  calendarFeedItem: {
    da: "Lavet {date}",
    nb: "Laget {date}",
    en: "Made {date}",
  },
  calendarRevoke: { da: "Tilbagekald", nb: "Trekk tilbake", en: "Revoke" },
  calendarRevoked: {
    da: "Abonnementsadressen er tilbagekaldt.",
    nb: "Abonnementsadressen er trukket tilbake.",
    en: "The subscription address is revoked.",
  },
  calendarFailed: {
    da: "Det lykkedes ikke: {reason}",
    nb: "Det lyktes ikke: {reason}",
    en: "That did not work: {reason}",
  },
} as const;
