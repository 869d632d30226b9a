<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>ActivitiesScreen</name>
    <message numerus="yes">
      <source>%n activities · {people} participants · {hours} volunteer hours · {helped} people helped</source>
      <translation>
        <numerusform>%n activity · {people} participants · {hours} volunteer hours · {helped} people helped</numerusform>
        <numerusform>%n activities · {people} participants · {hours} volunteer hours · {helped} people helped</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>AppealsScreen</name>
    <message numerus="yes">
      <source>%n shown</source>
      <translation>
        <numerusform>%n shown</numerusform>
        <numerusform>%n shown</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n open</source>
      <translation>
        <numerusform>%n open</numerusform>
        <numerusform>%n open</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n overdue</source>
      <translation>
        <numerusform>%n overdue</numerusform>
        <numerusform>%n overdue</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>overdue by %n days</source>
      <translation>
        <numerusform>overdue by %n day</numerusform>
        <numerusform>overdue by %n days</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CLI</name>
    <message numerus="yes">
      <source>%n entries</source>
      <translation>
        <numerusform>%n entry</numerusform>
        <numerusform>%n entries</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n visits</source>
      <translation>
        <numerusform>%n visit</numerusform>
        <numerusform>%n visits</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Demo data written: %n visits in {entries} entries from {first} to {last}, {visitors} registered visitors.</source>
      <translation>
        <numerusform>Demo data written: %n visit in {entries} entries from {first} to {last}, {visitors} registered visitors.</numerusform>
        <numerusform>Demo data written: %n visits in {entries} entries from {first} to {last}, {visitors} registered visitors.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{month}: %n visits, revision {revision}.</source>
      <translation>
        <numerusform>{month}: %n visit, revision {revision}.</numerusform>
        <numerusform>{month}: %n visits, revision {revision}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Checked %n rows: all can be imported.</source>
      <translation>
        <numerusform>Checked %n row: it can be imported.</numerusform>
        <numerusform>Checked %n rows: all can be imported.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{month}: %n visits up to {day}, a preview (未完/incomplete: the month is not over; no revision number taken).</source>
      <translation>
        <numerusform>{month}: %n visit up to {day}, a preview (未完/incomplete: the month is not over; no revision number taken).</numerusform>
        <numerusform>{month}: %n visits up to {day}, a preview (未完/incomplete: the month is not over; no revision number taken).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Old backups removed by rotation: %n.</source>
      <translation>
        <numerusform>Old backups removed by rotation: %n.</numerusform>
        <numerusform>Old backups removed by rotation: %n.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Unencrypted copies replaced by encrypted ones: %n.</source>
      <translation>
        <numerusform>Unencrypted copies replaced by encrypted ones: %n.</numerusform>
        <numerusform>Unencrypted copies replaced by encrypted ones: %n.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Warning: %n unencrypted copies in {folder} can be read by anyone who finds the stick; run keeper backup --replace-plain to encrypt them.</source>
      <translation>
        <numerusform>Warning: %n unencrypted copy in {folder} can be read by anyone who finds the stick; run keeper backup --replace-plain to encrypt it.</numerusform>
        <numerusform>Warning: %n unencrypted copies in {folder} can be read by anyone who finds the stick; run keeper backup --replace-plain to encrypt them.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n findings</source>
      <translation>
        <numerusform>%n finding</numerusform>
        <numerusform>%n findings</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message numerus="yes">
      <source>Imported %n rows (import #{batch}). Imported before and skipped: {already}.</source>
      <translation>
        <numerusform>Imported %n row (import #{batch}). Imported before and skipped: {already}.</numerusform>
        <numerusform>Imported %n rows (import #{batch}). Imported before and skipped: {already}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Import #{id} undone: %n visits voided.</source>
      <translation>
        <numerusform>Import #{id} undone: %n visit voided.</numerusform>
        <numerusform>Import #{id} undone: %n visits voided.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LedgerScreen</name>
    <message numerus="yes">
      <source>%n entries</source>
      <translation>
        <numerusform>%n entry</numerusform>
        <numerusform>%n entries</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n visits</source>
      <translation>
        <numerusform>%n visit</numerusform>
        <numerusform>%n visits</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source> (%n voided, not counted)</source>
      <translation>
        <numerusform> (%n voided, not counted)</numerusform>
        <numerusform> (%n voided, not counted)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LockScreen</name>
    <message numerus="yes">
      <source>Too many wrong PINs. Wait %n second(s) before trying again.</source>
      <translation>
        <numerusform>Too many wrong PINs. Wait %n second before trying again.</numerusform>
        <numerusform>Too many wrong PINs. Wait %n seconds before trying again.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Wrong PIN. Wait %n second(s) before trying again.</source>
      <translation>
        <numerusform>Wrong PIN. Wait %n second before trying again.</numerusform>
        <numerusform>Wrong PIN. Wait %n seconds before trying again.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LogScreen</name>
    <message numerus="yes">
      <source>Today: %n visits</source>
      <translation>
        <numerusform>Today: %n visit</numerusform>
        <numerusform>Today: %n visits</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>This month so far: %n visits (same days last month: {before}, {change})</source>
      <translation>
        <numerusform>This month so far: %n visit (same days last month: {before}, {change})</numerusform>
        <numerusform>This month so far: %n visits (same days last month: {before}, {change})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source> (and %n more on the Supplies screen)</source>
      <translation>
        <numerusform> (and %n more on the Supplies screen)</numerusform>
        <numerusform> (and %n more on the Supplies screen)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <source>Visits today: %n</source>
      <translation>
        <numerusform>Visits today: %n</numerusform>
        <numerusform>Visits today: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Stock alerts: %n</source>
      <translation>
        <numerusform>Stock alerts: %n</numerusform>
        <numerusform>Stock alerts: %n</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RecoveryCode</name>
    <message numerus="yes">
      <source>%n unencrypted copies in {folder} can be read by anyone who finds the stick.</source>
      <translation>
        <numerusform>%n unencrypted copy in {folder} can be read by anyone who finds the stick.</numerusform>
        <numerusform>%n unencrypted copies in {folder} can be read by anyone who finds the stick.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n copies in {folder} still need the old code: {names}</source>
      <translation>
        <numerusform>%n copy in {folder} still needs the old code: {names}</numerusform>
        <numerusform>%n copies in {folder} still need the old code: {names}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n copies replaced by encrypted ones.</source>
      <translation>
        <numerusform>%n copy replaced by an encrypted one.</numerusform>
        <numerusform>%n copies replaced by encrypted ones.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RosterDialog</name>
    <message numerus="yes">
      <source>%n rows cannot be imported (listed below). Correct them in the file and choose it again: nothing is imported until every row is right.</source>
      <translation>
        <numerusform>%n row cannot be imported (listed below). Correct it in the file and choose it again: nothing is imported until every row is right.</numerusform>
        <numerusform>%n rows cannot be imported (listed below). Correct them in the file and choose it again: nothing is imported until every row is right.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n rows ready. Known mobile numbers update their record; new ones are registered.</source>
      <translation>
        <numerusform>%n row ready. A known mobile number updates its record; a new one is registered.</numerusform>
        <numerusform>%n rows ready. Known mobile numbers update their record; new ones are registered.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TeamsPanel</name>
    <message numerus="yes">
      <source>{name}: %n activities, {hours} volunteer hours</source>
      <translation>
        <numerusform>{name}: %n activity, {hours} volunteer hours</numerusform>
        <numerusform>{name}: %n activities, {hours} volunteer hours</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>VisitorActions</name>
    <message numerus="yes">
      <source>Their name or phone is also written in %n places; it is replaced by ■■■ there:</source>
      <translation>
        <numerusform>Their name or phone is also written in %n place; it is replaced by ■■■ there:</numerusform>
        <numerusform>Their name or phone is also written in %n places; it is replaced by ■■■ there:</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>VisitorsScreen</name>
    <message numerus="yes">
      <source>%n people</source>
      <translation>
        <numerusform>%n person</numerusform>
        <numerusform>%n people</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n visits, first {first}, last {last}</source>
      <translation>
        <numerusform>%n visit, first {first}, last {last}</numerusform>
        <numerusform>%n visits, first {first}, last {last}</numerusform>
      </translation>
    </message>
  </context>
</TS>
