<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QObject</name>
    <message>
        <source>Shardgate demo</source>
        <translation>Shardgate-Demo</translation>
    </message>
    <message>
        <source>The demo workspace could not be prepared in %1:
%2</source>
        <translation>Der Demo-Arbeitsbereich konnte in %1 nicht vorbereitet werden:
%2</translation>
    </message>
</context>
<context>
    <name>sg::ui::BillModel</name>
    <message>
        <source>The receipts add up to %1, the market&apos;s books say %2 (difference %3).</source>
        <translation>Die Belege ergeben %1, die Bücher des Markts sagen %2 (Differenz %3).</translation>
    </message>
    <message>
        <source>Creator payout</source>
        <translation>Auszahlung an Urheber</translation>
    </message>
    <message>
        <source>Buyer charges</source>
        <translation>Belastung des Käufers</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>nicht verglichen</translation>
    </message>
    <message>
        <source>✗ differs by %1</source>
        <translation>✗ weicht um %1 ab</translation>
    </message>
    <message>
        <source>✓ matches</source>
        <translation>✓ stimmt überein</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Kontoart</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>From receipts</source>
        <translation>Aus Belegen</translation>
    </message>
    <message>
        <source>Market books</source>
        <translation>Bücher des Markts</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>sg::ui::CatalogModel</name>
    <message>
        <source>the catalog is not JSON: %1</source>
        <translation>der Katalog ist kein JSON: %1</translation>
    </message>
    <message>
        <source>%1 %2 / shard</source>
        <translation>%1 %2 / Shard</translation>
    </message>
    <message>
        <source>%1 · %2 files</source>
        <translation>%1 · %2 Dateien</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>sg::ui::CatalogWorkspace</name>
    <message>
        <source>train models on it</source>
        <translation>Modelle damit trainieren</translation>
    </message>
    <message>
        <source>fine-tune models on it</source>
        <translation>Modelle damit feinabstimmen</translation>
    </message>
    <message>
        <source>evaluate models with it</source>
        <translation>Modelle damit evaluieren</translation>
    </message>
    <message>
        <source>transform it (derived data)</source>
        <translation>ihn umwandeln (abgeleitete Daten)</translation>
    </message>
    <message>
        <source>redistribute it</source>
        <translation>ihn weitergeben</translation>
    </message>
    <message>
        <source>use it commercially</source>
        <translation>ihn kommerziell nutzen</translation>
    </message>
    <message>
        <source>Get token</source>
        <translation>Token holen</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Herunterladen …</translation>
    </message>
    <message>
        <source>Buy credits…</source>
        <translation>Guthaben kaufen …</translation>
    </message>
    <message>
        <source>Copy curl command</source>
        <translation>curl-Befehl kopieren</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Browse the datasets an edge offers, read their terms, and buy access.</source>
        <translation>Durchsuchen Sie die Datensätze eines Edge-Servers, lesen Sie ihre Bedingungen und kaufen Sie Zugang.</translation>
    </message>
    <message>
        <source>Embedded edge</source>
        <translation>Eingebetteter Edge-Server</translation>
    </message>
    <message>
        <source>Edge at URL</source>
        <translation>Edge-Server unter URL</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Search name, title, creator, license…</source>
        <translation>Name, Titel, Urheber, Lizenz suchen …</translation>
    </message>
    <message>
        <source>Any use</source>
        <translation>Jede Nutzung</translation>
    </message>
    <message>
        <source>Allows %1</source>
        <translation>Erlaubt: %1</translation>
    </message>
    <message>
        <source>Select a dataset.</source>
        <translation>Wählen Sie einen Datensatz.</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <source>Buyer:</source>
        <translation>Käufer:</translation>
    </message>
    <message>
        <source>Buyer API key (sgk_…)</source>
        <translation>API-Schlüssel des Käufers (sgk_…)</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>Get a token to see a ready curl command for a pipeline.</source>
        <translation>Holen Sie ein Token, um einen fertigen curl-Befehl für eine Pipeline zu sehen.</translation>
    </message>
    <message>
        <source>curl command copied. It resumes with -C - if interrupted; the token expires at the time shown.</source>
        <translation>curl-Befehl kopiert. Bei Abbruch setzt er mit -C - fort; das Token läuft zur angezeigten Zeit ab.</translation>
    </message>
    <message>
        <source>Buy credits</source>
        <translation>Guthaben kaufen</translation>
    </message>
    <message>
        <source>Amount to add to %1&apos;s account:</source>
        <translation>Betrag, der dem Konto von %1 gutgeschrieben wird:</translation>
    </message>
    <message>
        <source>Download into</source>
        <translation>Herunterladen nach</translation>
    </message>
    <message>
        <source>none (type an API key)</source>
        <translation>keiner (API-Schlüssel eingeben)</translation>
    </message>
    <message>
        <source>The embedded edge is not running; start it in Edge, or choose an edge URL.</source>
        <translation>Der eingebettete Edge-Server läuft nicht; starten Sie ihn unter „Edge“ oder wählen Sie eine Edge-URL.</translation>
    </message>
    <message>
        <source>Type an edge URL.</source>
        <translation>Geben Sie eine Edge-URL ein.</translation>
    </message>
    <message>
        <source>Not a URL: %1</source>
        <translation>Keine URL: %1</translation>
    </message>
    <message>
        <source>Loading the catalog from %1…</source>
        <translation>Katalog wird von %1 geladen …</translation>
    </message>
    <message>
        <source>Cannot read the catalog of %1: %2</source>
        <translation>Der Katalog von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln dataset(s) at %1</source>
        <translation>
            <numerusform>%Ln Datensatz bei %1</numerusform>
            <numerusform>%Ln Datensätze bei %1</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 entries not understood)</source>
        <translation> (%1 Einträge nicht verstanden)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; files, %2 in %3 shards of up to %4 · by &lt;b&gt;%5&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; Dateien, %2 in %3 Shards zu höchstens %4 · von &lt;b&gt;%5&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;License in plain words&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Die Lizenz in einfachen Worten&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;You may &lt;b&gt;not&lt;/b&gt; use it for anything yet.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Sie dürfen ihn noch für &lt;b&gt;nichts&lt;/b&gt; verwenden.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;You &lt;b&gt;may&lt;/b&gt; %1.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Sie &lt;b&gt;dürfen&lt;/b&gt;: %1.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;You may &lt;b&gt;not&lt;/b&gt; %1.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Sie dürfen &lt;b&gt;nicht&lt;/b&gt;: %1.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Credit the creator as: &lt;i&gt;%1&lt;/i&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;Nennen Sie den Urheber so: &lt;i&gt;%1&lt;/i&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Access ends on %1.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Der Zugang endet am %1.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;The creator may revoke this license.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Der Urheber darf diese Lizenz widerrufen.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;The creator cannot revoke this license.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Der Urheber kann diese Lizenz nicht widerrufen.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The license could not be read: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Lizenz konnte nicht gelesen werden: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Price&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Preis&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 %2 for the first delivery of each shard</source>
        <translation>&lt;p&gt;%1 %2 für die erste Auslieferung jedes Shards</translation>
    </message>
    <message>
        <source>, plus %1 %2 per GiB</source>
        <translation>, zuzüglich %1 %2 pro GiB</translation>
    </message>
    <message>
        <source>&lt;p&gt;The whole dataset: &lt;b&gt;%1 %2&lt;/b&gt; (%3 shards). Resumed or repeated ranges of a shard in the same job are not charged again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der ganze Datensatz: &lt;b&gt;%1 %2&lt;/b&gt; (%3 Shards). Fortgesetzte oder wiederholte Bereiche eines Shards im selben Auftrag werden nicht erneut berechnet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Manifest &lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;License hash &lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Manifest &lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;Lizenz-Hash &lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Type the buyer&apos;s API key first.</source>
        <translation>Geben Sie zuerst den API-Schlüssel des Käufers ein.</translation>
    </message>
    <message>
        <source>Asking %1 for a token…</source>
        <translation>Token wird bei %1 angefordert …</translation>
    </message>
    <message>
        <source>No token: %1</source>
        <translation>Kein Token: %1</translation>
    </message>
    <message>
        <source>Token issued (expires %1). Fetch files with curl -C - -H &quot;Authorization: Bearer $TOKEN&quot; %2/v1/files/%3/&lt;path&gt;.</source>
        <translation>Token ausgestellt (läuft %1 ab). Dateien abrufen mit curl -C - -H &quot;Authorization: Bearer $TOKEN&quot; %2/v1/files/%3/&lt;Pfad&gt;.</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Betrag: %1</translation>
    </message>
    <message>
        <source>must be more than zero</source>
        <translation>muss größer als null sein</translation>
    </message>
    <message>
        <source>Credits are bought in this home&apos;s market; no buyer account is selected.</source>
        <translation>Guthaben wird im Markt dieses Datenordners gekauft; kein Käuferkonto ist ausgewählt.</translation>
    </message>
    <message>
        <source>Credits not added: %1</source>
        <translation>Guthaben nicht gutgeschrieben: %1</translation>
    </message>
    <message>
        <source>%1 now has %2 %3 available.</source>
        <translation>%1 hat jetzt %2 %3 verfügbar.</translation>
    </message>
    <message>
        <source>%1@%2 queued in Downloads → %3</source>
        <translation>%1@%2 in Downloads eingereiht → %3</translation>
    </message>
</context>
<context>
    <name>sg::ui::CheckpointModel</name>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft …</translation>
    </message>
    <message>
        <source>✓ verified</source>
        <translation>✓ verifiziert</translation>
    </message>
    <message>
        <source>✗ FAILED</source>
        <translation>✗ FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>— first</source>
        <translation>— erster</translation>
    </message>
    <message>
        <source>Tree size</source>
        <translation>Baumgröße</translation>
    </message>
    <message>
        <source>Root hash</source>
        <translation>Wurzel-Hash</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Consistent with previous</source>
        <translation>Konsistent mit dem vorherigen</translation>
    </message>
    <message>
        <source>Signed or seen (UTC)</source>
        <translation>Signiert oder gesehen (UTC)</translation>
    </message>
</context>
<context>
    <name>sg::ui::Console</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>Edge: failed</source>
        <translation>Edge: ausgefallen</translation>
    </message>
    <message>
        <source>Edge failed: %1</source>
        <translation>Edge-Server ausgefallen: %1</translation>
    </message>
    <message>
        <source>Log: %L1 receipts</source>
        <translation>Protokoll: %L1 Belege</translation>
    </message>
    <message>
        <source>Edge: stopped</source>
        <translation>Edge: gestoppt</translation>
    </message>
    <message>
        <source>Edge: starting…</source>
        <translation>Edge: startet …</translation>
    </message>
    <message>
        <source>Edge: running</source>
        <translation>Edge: läuft</translation>
    </message>
    <message>
        <source>Edge: stopping…</source>
        <translation>Edge: wird beendet …</translation>
    </message>
    <message>
        <source>Credits: —</source>
        <translation>Guthaben: —</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Log: —</source>
        <translation>Protokoll: —</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>Edge</translation>
    </message>
</context>
<context>
    <name>sg::ui::DemoSetup</name>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation>Demo-Arbeitsbereich wird vorbereitet …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Shardgate demo</source>
        <translation>Shardgate-Demo</translation>
    </message>
</context>
<context>
    <name>sg::ui::DownloadManager</name>
    <message>
        <source>waiting for the embedded edge to start</source>
        <translation>warten, bis der eingebettete Edge-Server startet</translation>
    </message>
    <message>
        <source>no buyer API key: choose a buyer in the Catalog, then retry</source>
        <translation>kein API-Schlüssel eines Käufers: wählen Sie im Katalog einen Käufer und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>%1 files, %2 verified; %3 receipts saved in .shardgate/</source>
        <translation>%1 Dateien, %2 verifiziert; %3 Belege in .shardgate/ gespeichert</translation>
    </message>
    <message>
        <source>paused; verified shards are kept</source>
        <translation>angehalten; verifizierte Shards bleiben erhalten</translation>
    </message>
    <message>
        <source>resuming from the journal</source>
        <translation>Fortsetzung anhand des Journals</translation>
    </message>
</context>
<context>
    <name>sg::ui::DownloadQueueModel</name>
    <message>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Verified ✓</source>
        <translation>Verifiziert ✓</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 / %2 verified</source>
        <translation>%1 / %2 verifiziert</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>Shards</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>sg::ui::DownloadsWorkspace</name>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Show in file manager</source>
        <translation>Im Dateimanager zeigen</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Every shard is checked against its CID before it is written; an interrupted download resumes from its journal, even after a restart.</source>
        <translation>Jeder Shard wird vor dem Schreiben anhand seiner CID geprüft; ein unterbrochener Download wird anhand seines Journals fortgesetzt, auch nach einem Neustart.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Shard CID</source>
        <translation>Shard-CID</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifizierung</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>No download selected. Start one from the Catalog.</source>
        <translation>Kein Download ausgewählt. Starten Sie einen im Katalog.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; → %2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; → %2&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>✓ CID verified, written</source>
        <translation>✓ CID verifiziert, geschrieben</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
</context>
<context>
    <name>sg::ui::EdgeCacheModel</name>
    <message>
        <source>not served yet</source>
        <translation>noch nicht ausgeliefert</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keiner)</translation>
    </message>
    <message>
        <source>home blob store</source>
        <translation>Blob-Speicher des Datenordners</translation>
    </message>
    <message>
        <source>origin folder</source>
        <translation>Ursprungsordner</translation>
    </message>
    <message>
        <source>upstream edge</source>
        <translation>vorgelagerter Edge-Server</translation>
    </message>
    <message>
        <source>Dataset / shard</source>
        <translation>Datensatz / Shard</translation>
    </message>
    <message>
        <source>Buyer / shard</source>
        <translation>Käufer / Shard</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>Shards</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Last access (UTC)</source>
        <translation>Letzter Zugriff (UTC)</translation>
    </message>
    <message>
        <source>Billed / h</source>
        <translation>Abgerechnet / h</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Stored in</source>
        <translation>Gespeichert in</translation>
    </message>
    <message>
        <source>Pinned by jobs</source>
        <translation>Von Aufträgen gehalten</translation>
    </message>
</context>
<context>
    <name>sg::ui::EdgeJobModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>Budget: %1</translation>
    </message>
    <message>
        <source>Budget: %L1 requests</source>
        <translation>Budget: %L1 Anfragen</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 von %L2</translation>
    </message>
    <message>
        <source>no TTL</source>
        <translation>ohne TTL</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Shards ready</source>
        <translation>Shards bereit</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Ausgeliefert</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>sg::ui::EdgeWorkspace</name>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>Shards</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>Edge</translation>
    </message>
    <message>
        <source>The embedded edge serves published shards to token holders and writes a receipt for each response.</source>
        <translation>Der eingebettete Edge-Server liefert veröffentlichte Shards an Token-Inhaber aus und schreibt für jede Antwort einen Beleg.</translation>
    </message>
    <message>
        <source>HOST:PORT; port 0 picks a free port.</source>
        <translation>HOST:PORT; Port 0 wählt einen freien Port.</translation>
    </message>
    <message>
        <source>Listen:</source>
        <translation>Lauschen:</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>Konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Requests / s</source>
        <translation>Anfragen / s</translation>
    </message>
    <message>
        <source>Bytes served / s</source>
        <translation>Ausgelieferte Bytes / s</translation>
    </message>
    <message>
        <source>Store hit rate %</source>
        <translation>Speicher-Trefferquote %</translation>
    </message>
    <message>
        <source>Receipts / s</source>
        <translation>Belege / s</translation>
    </message>
    <message>
        <source>Revocations</source>
        <translation>Widerrufe</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 Anfr./s</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>no lookups</source>
        <translation>keine Abfragen</translation>
    </message>
    <message>
        <source>%1 receipts/s</source>
        <translation>%1 Belege/s</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;Requests&lt;/td&gt;&lt;td align=right&gt;%L1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Data requests&lt;/td&gt;&lt;td align=right&gt;%L2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Bytes served&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Store hits / misses&lt;/td&gt;&lt;td align=right&gt;%L4 / %L5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Receipts written / failed&lt;/td&gt;&lt;td align=right&gt;%L6 / %L7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Connections open / total / refused&lt;/td&gt;&lt;td align=right&gt;%L8 / %L9 / %L10&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Transfers aborted by clients&lt;/td&gt;&lt;td align=right&gt;%L11&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;Anfragen&lt;/td&gt;&lt;td align=right&gt;%L1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Datenanfragen&lt;/td&gt;&lt;td align=right&gt;%L2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ausgelieferte Bytes&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Speichertreffer / -fehlschläge&lt;/td&gt;&lt;td align=right&gt;%L4 / %L5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Belege geschrieben / fehlgeschlagen&lt;/td&gt;&lt;td align=right&gt;%L6 / %L7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Verbindungen offen / gesamt / abgewiesen&lt;/td&gt;&lt;td align=right&gt;%L8 / %L9 / %L10&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Von Clients abgebrochene Übertragungen&lt;/td&gt;&lt;td align=right&gt;%L11&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Running at &lt;a href=&apos;%1&apos;&gt;%1&lt;/a&gt;</source>
        <translation>Läuft unter &lt;a href=&apos;%1&apos;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startet …</translation>
    </message>
    <message>
        <source>Draining connections…</source>
        <translation>Verbindungen werden geleert …</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation>Ratenlimits</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Gruppieren nach:</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <source>Evict selected</source>
        <translation>Auswahl entfernen</translation>
    </message>
    <message>
        <source>Drops the selected shards (or every shard of a selected group) from the cache with their entitlements; the home&apos;s own blob store keeps its files.</source>
        <translation>Entfernt die ausgewählten Shards (oder alle Shards einer ausgewählten Gruppe) samt ihren Berechtigungen aus dem Cache; der Blob-Speicher des Datenordners behält seine Dateien.</translation>
    </message>
    <message>
        <source>End job</source>
        <translation>Auftrag beenden</translation>
    </message>
    <message>
        <source>Ends the selected job as DELETE /v1/jobs/{id} would: its pins go, and shards only it pinned leave the cache.</source>
        <translation>Beendet den ausgewählten Auftrag wie DELETE /v1/jobs/{id}: seine Fixierungen entfallen, und nur von ihm gehaltene Shards verlassen den Cache.</translation>
    </message>
    <message>
        <source>Jobs are batches pre-authorized with POST /v1/jobs or named by a token&apos;s job claim; each ends at its TTL.</source>
        <translation>Aufträge sind mit POST /v1/jobs vorab autorisierte Stapel oder durch den job-Claim eines Tokens benannt; jeder endet mit seiner TTL.</translation>
    </message>
    <message>
        <source>Token buckets per token and per buyer (serve --rate-limit-token / --rate-limit-buyer). A request past its bucket is answered 429 with Retry-After.</source>
        <translation>Token-Buckets pro Token und pro Käufer (serve --rate-limit-token / --rate-limit-buyer). Eine Anfrage über das Kontingent hinaus wird mit 429 und Retry-After beantwortet.</translation>
    </message>
    <message>
        <source>The edge is stopped.</source>
        <translation>Der Edge-Server ist gestoppt.</translation>
    </message>
    <message>
        <source>%L1 shards · cache folder %2 of %3 · %L4 hits, %L5 misses, %L6 evictions</source>
        <translation>%L1 Shards · Cache-Ordner %2 von %3 · %L4 Treffer, %L5 Fehlzugriffe, %L6 Entfernungen</translation>
    </message>
    <message>
        <source>Select shards or a group to evict.</source>
        <translation>Wählen Sie Shards oder eine Gruppe zum Entfernen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shard(s) evicted.</source>
        <translation>
            <numerusform>%Ln Shard entfernt.</numerusform>
            <numerusform>%Ln Shards entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::ui::FileListModel</name>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>sg::ui::LedgerWorkspace</name>
    <message>
        <source>Verify whole log</source>
        <translation>Ganzes Protokoll prüfen</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>Every served byte leaves a receipt in an append-only Merkle log. Check receipts, checkpoints and bills here.</source>
        <translation>Jedes ausgelieferte Byte hinterlässt einen Beleg in einem nur erweiterbaren Merkle-Protokoll. Hier prüfen Sie Belege, Prüfpunkte und Abrechnungen.</translation>
    </message>
    <message>
        <source>Local log</source>
        <translation>Lokales Protokoll</translation>
    </message>
    <message>
        <source>Open receipts file…</source>
        <translation>Belegdatei öffnen …</translation>
    </message>
    <message>
        <source>Open receipts</source>
        <translation>Belege öffnen</translation>
    </message>
    <message>
        <source>Receipts (*.jsonl *.json);;All files (*)</source>
        <translation>Belege (*.jsonl *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Receipts as CSV…</source>
        <translation>Belege als CSV …</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>Receipts as JSONL…</source>
        <translation>Belege als JSONL …</translation>
    </message>
    <message>
        <source>Export JSONL</source>
        <translation>Als JSONL exportieren</translation>
    </message>
    <message>
        <source>Bundles of the selected receipts…</source>
        <translation>Bündel der ausgewählten Belege …</translation>
    </message>
    <message>
        <source>Export bundles</source>
        <translation>Bündel exportieren</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <source>Manifest CID</source>
        <translation>Manifest-CID</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>Von (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation>Bis (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filtering: %L1 of %L2 receipts scanned, %L3 match</source>
        <translation>Filtern: %L1 von %L2 Belegen durchsucht, %L3 Treffer</translation>
    </message>
    <message>
        <source>%L1 receipts match the filter</source>
        <translation>%L1 Belege passen zum Filter</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %L2 receipts</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %L2 Belege</translation>
    </message>
    <message>
        <source>Select a receipt to see its fields and check its inclusion proof.</source>
        <translation>Wählen Sie einen Beleg, um seine Felder zu sehen und seinen Inklusionsbeweis zu prüfen.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Reload and check</source>
        <translation>Neu laden und prüfen</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>Prüfpunkte</translation>
    </message>
    <message>
        <source>Reads every receipt, rebuilds the Merkle tree and compares its root with the latest signed checkpoint.</source>
        <translation>Liest jeden Beleg, baut den Merkle-Baum neu auf und vergleicht seine Wurzel mit dem neuesten signierten Prüfpunkt.</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>No log open.</source>
        <translation>Kein Protokoll geöffnet.</translation>
    </message>
    <message>
        <source>Local log (embedded edge)</source>
        <translation>Lokales Protokoll (eingebetteter Edge-Server)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Dates are YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.</source>
        <translation>Datumsangaben als JJJJ-MM-TT oder JJJJ-MM-TTTHH:MM:SSZ.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Loading receipt %1…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Beleg %1 wird geladen …&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Beleg %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>Shard</translation>
    </message>
    <message>
        <source>License hash</source>
        <translation>Lizenz-Hash</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Token id</source>
        <translation>Token-ID</translation>
    </message>
    <message>
        <source>Edge key</source>
        <translation>Edge-Schlüssel</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformation</translation>
    </message>
    <message>
        <source>Inclusion proof</source>
        <translation>Inklusionsbeweis</translation>
    </message>
    <message>
        <source>&lt;p&gt;Checking…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wird geprüft …&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open a log first.</source>
        <translation>Öffnen Sie zuerst ein Protokoll.</translation>
    </message>
    <message>
        <source>Cancel verification</source>
        <translation>Prüfung abbrechen</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1 …</translation>
    </message>
    <message>
        <source>%L1 receipts written to %2</source>
        <translation>%L1 Belege nach %2 geschrieben</translation>
    </message>
    <message>
        <source>Select the receipts to export as bundles first.</source>
        <translation>Wählen Sie zuerst die Belege aus, die als Bündel exportiert werden sollen.</translation>
    </message>
    <message>
        <source>%L1 receipt bundles written to %2</source>
        <translation>%L1 Belegbündel nach %2 geschrieben</translation>
    </message>
    <message>
        <source>Edge URL, e.g. http://127.0.0.1:8440</source>
        <translation>Edge-URL, z. B. http://127.0.0.1:8440</translation>
    </message>
    <message>
        <source>Reads any edge&apos;s receipt log over HTTP: its key, signed checkpoint, tiles and proofs.</source>
        <translation>Liest das Belegprotokoll eines beliebigen Edge-Servers über HTTP: Schlüssel, signierten Checkpoint, Kacheln und Beweise.</translation>
    </message>
    <message>
        <source>Open edge log</source>
        <translation>Edge-Protokoll öffnen</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>Abrechnungen</translation>
    </message>
    <message numerus="yes">
        <source>%L1 receipts of %2 verified: every entry is a canonical receipt with its own sequence number, they hash to the signed root of the latest checkpoint, and the log is consistent with %Ln checkpoint(s) this home saw before.</source>
        <translation>
            <numerusform>%L1 Belege von %2 verifiziert: Jeder Eintrag ist ein kanonischer Beleg mit eigener Folgenummer, sie ergeben die signierte Wurzel des neuesten Checkpoints, und das Protokoll ist konsistent mit %Ln Checkpoint, den dieser Datenordner zuvor gesehen hat.</numerusform>
            <numerusform>%L1 Belege von %2 verifiziert: Jeder Eintrag ist ein kanonischer Beleg mit eigener Folgenummer, sie ergeben die signierte Wurzel des neuesten Checkpoints, und das Protokoll ist konsistent mit %Ln Checkpoints, die dieser Datenordner zuvor gesehen hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 entries are void (sequence numbers reserved before a crash).</source>
        <translation>%L1 Einträge sind leer (vor einem Absturz reservierte Folgenummern).</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Verifizierung abgebrochen.</translation>
    </message>
    <message>
        <source>Market books: none for this log (choose a market database to compare)</source>
        <translation>Bücher des Markts: keine für dieses Protokoll (wählen Sie zum Vergleich eine Marktdatenbank)</translation>
    </message>
    <message>
        <source>Market books: %1</source>
        <translation>Bücher des Markts: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Verifying the log and adding up its receipts…</source>
        <translation>Protokoll wird verifiziert und seine Belege werden addiert …</translation>
    </message>
    <message>
        <source>Recompute bills</source>
        <translation>Abrechnungen neu berechnen</translation>
    </message>
    <message>
        <source>Bill recomputation cancelled.</source>
        <translation>Neuberechnung der Abrechnungen abgebrochen.</translation>
    </message>
    <message>
        <source>Bills are recomputed from a whole log; an exported file may hold only some receipts. Open the local log or an edge&apos;s log.</source>
        <translation>Abrechnungen werden aus einem ganzen Protokoll neu berechnet; eine exportierte Datei enthält vielleicht nur einige Belege. Öffnen Sie das lokale Protokoll oder das eines Edge-Servers.</translation>
    </message>
    <message>
        <source>No bill can be trusted: %1</source>
        <translation>Keiner Abrechnung kann vertraut werden: %1</translation>
    </message>
    <message>
        <source>Not compared with any market&apos;s books.</source>
        <translation>Mit keinen Büchern eines Markts verglichen.</translation>
    </message>
    <message>
        <source>Every account matches the market&apos;s books.</source>
        <translation>Jedes Konto stimmt mit den Büchern des Markts überein.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s) differ from the market&apos;s books. Charges made after the latest checkpoint count once the next checkpoint covers them: recompute in a moment to rule that out.</source>
        <translation>
            <numerusform>%Ln Konto weicht von den Büchern des Markts ab. Belastungen nach dem neuesten Checkpoint zählen erst, wenn der nächste Checkpoint sie abdeckt: Berechnen Sie gleich erneut, um das auszuschließen.</numerusform>
            <numerusform>%Ln Konten weichen von den Büchern des Markts ab. Belastungen nach dem neuesten Checkpoint zählen erst, wenn der nächste Checkpoint sie abdeckt: Berechnen Sie gleich erneut, um das auszuschließen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifies the log, then adds up every buyer&apos;s charges and every creator&apos;s payouts from the receipts alone and compares them with the market&apos;s books.</source>
        <translation>Verifiziert das Protokoll, addiert dann allein aus den Belegen die Belastungen jedes Käufers und die Auszahlungen jedes Urhebers und vergleicht sie mit den Büchern des Markts.</translation>
    </message>
    <message>
        <source>Market database</source>
        <translation>Marktdatenbank</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading the log of %1…</source>
        <translation>Protokoll von %1 wird gelesen …</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open that edge&apos;s log: %1</source>
        <translation>Das Protokoll dieses Edge-Servers lässt sich nicht öffnen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%L1 receipts verified against the latest checkpoint; %2 charged in total to %Ln buyer(s).</source>
        <translation>
            <numerusform>%L1 Belege gegen den neuesten Checkpoint verifiziert; insgesamt %2 bei %Ln Käufer abgerechnet.</numerusform>
            <numerusform>%L1 Belege gegen den neuesten Checkpoint verifiziert; insgesamt %2 bei %Ln Käufern abgerechnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Market books on PostgreSQL</source>
        <translation>Bücher des Markts auf PostgreSQL</translation>
    </message>
    <message>
        <source>URL of the shared market store (the edges&apos; --db), read only:</source>
        <translation>URL des gemeinsamen Marktspeichers (--db der Edges), nur lesend:</translation>
    </message>
    <message>
        <source>Market books</source>
        <translation>Bücher des Markts</translation>
    </message>
    <message>
        <source>SQLite file…</source>
        <translation>SQLite-Datei…</translation>
    </message>
    <message>
        <source>PostgreSQL store…</source>
        <translation>PostgreSQL-Speicher…</translation>
    </message>
    <message>
        <source>This home&apos;s market</source>
        <translation>Markt dieses Home-Ordners</translation>
    </message>
</context>
<context>
    <name>sg::ui::MainWindow</name>
    <message>
        <source>Shardgate</source>
        <translation>Shardgate</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workspaces&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;Arbeitsbereiche&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>Ctrl+%1 &amp;mdash; %2&lt;br&gt;</source>
        <translation>Strg+%1 &amp;mdash; %2&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Ctrl+Q &amp;mdash; quit</source>
        <translation>&lt;br&gt;Strg+Q &amp;mdash; beenden</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Shardgate</source>
        <translation>Ü&amp;ber Shardgate</translation>
    </message>
    <message>
        <source>About Shardgate</source>
        <translation>Über Shardgate</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shardgate %1&lt;/b&gt;&lt;br&gt;A marketplace console for paid training data: package, license, sell, serve and audit datasets.</source>
        <translation>&lt;b&gt;Shardgate %1&lt;/b&gt;&lt;br&gt;Eine Marktplatz-Konsole für kostenpflichtige Trainingsdaten: Datensätze verpacken, lizenzieren, verkaufen, ausliefern und prüfen.</translation>
    </message>
    <message>
        <source>State of the embedded edge server</source>
        <translation>Zustand des eingebetteten Edge-Servers</translation>
    </message>
    <message>
        <source>Where the embedded edge listens</source>
        <translation>Adresse, auf der der eingebettete Edge-Server lauscht</translation>
    </message>
    <message>
        <source>Credits of the current buyer account</source>
        <translation>Guthaben des aktuellen Käuferkontos</translation>
    </message>
    <message>
        <source>Receipts in the local log</source>
        <translation>Belege im lokalen Protokoll</translation>
    </message>
    <message>
        <source>Edge: stopped</source>
        <translation>Edge: gestoppt</translation>
    </message>
    <message>
        <source>Credits: —</source>
        <translation>Guthaben: —</translation>
    </message>
    <message>
        <source>Log: —</source>
        <translation>Protokoll: —</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>sg::ui::PublishWorkspace</name>
    <message>
        <source>Train models</source>
        <translation>Modelle trainieren</translation>
    </message>
    <message>
        <source>Fine-tune</source>
        <translation>Feinabstimmen</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Evaluieren</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformieren</translation>
    </message>
    <message>
        <source>Redistribute</source>
        <translation>Weitergeben</translation>
    </message>
    <message>
        <source>Commercial use</source>
        <translation>Kommerzielle Nutzung</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>I may revoke this license later</source>
        <translation>Ich darf diese Lizenz später widerrufen</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Verpacken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Package a folder into content-addressed shards, sign it with your creator key, set the license and price, and publish it in the catalog.</source>
        <translation>Verpacken Sie einen Ordner in inhaltsadressierte Shards, signieren Sie ihn mit Ihrem Urheberschlüssel, legen Sie Lizenz und Preis fest und veröffentlichen Sie ihn im Katalog.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Pack the folder to see its manifest.</source>
        <translation>Verpacken Sie den Ordner, um sein Manifest zu sehen.</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Folder to package</source>
        <translation>Zu verpackender Ordner</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>e.g. street-voices</source>
        <translation>z. B. street-voices</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Optional: what is in it, how it was collected</source>
        <translation>Optional: was enthalten ist und wie es gesammelt wurde</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>Bigger shards mean fewer requests; smaller ones resume and dedupe finer.</source>
        <translation>Größere Shards bedeuten weniger Anfragen; kleinere lassen sich feiner fortsetzen und deduplizieren.</translation>
    </message>
    <message>
        <source>Shard size:</source>
        <translation>Shard-Größe:</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>An SPDX license id, or LicenseRef-&lt;name&gt; for terms of your own.</source>
        <translation>Eine SPDX-Lizenzkennung oder LicenseRef-&lt;Name&gt; für eigene Bedingungen.</translation>
    </message>
    <message>
        <source>SPDX id:</source>
        <translation>SPDX-Kennung:</translation>
    </message>
    <message>
        <source>Allowed uses:</source>
        <translation>Erlaubte Nutzungen:</translation>
    </message>
    <message>
        <source>Charged for the first delivery of each shard to a buyer&apos;s job.</source>
        <translation>Berechnet für die erste Auslieferung jedes Shards an den Auftrag eines Käufers.</translation>
    </message>
    <message>
        <source>Price per access:</source>
        <translation>Preis pro Zugriff:</translation>
    </message>
    <message>
        <source>Optional, same currency</source>
        <translation>Optional, gleiche Währung</translation>
    </message>
    <message>
        <source>Price per GiB:</source>
        <translation>Preis pro GiB:</translation>
    </message>
    <message>
        <source>Optional: how buyers must credit you</source>
        <translation>Optional: wie Käufer Sie nennen müssen</translation>
    </message>
    <message>
        <source>Attribution:</source>
        <translation>Namensnennung:</translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation>Gültigkeit:</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signieren</translation>
    </message>
    <message>
        <source>Only if the creator key has one</source>
        <translation>Nur wenn der Urheberschlüssel eine hat</translation>
    </message>
    <message>
        <source>Key passphrase:</source>
        <translation>Passphrase des Schlüssels:</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Wird durchsucht …</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s), %1</source>
        <translation>
            <numerusform>%Ln Datei, %1</numerusform>
            <numerusform>%Ln Dateien, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Price per access: %1</source>
        <translation>Preis pro Zugriff: %1</translation>
    </message>
    <message>
        <source>Price per GiB: %1</source>
        <translation>Preis pro GiB: %1</translation>
    </message>
    <message>
        <source>Choose a folder with at least one file first.</source>
        <translation>Wählen Sie zuerst einen Ordner mit mindestens einer Datei.</translation>
    </message>
    <message>
        <source>License: %1</source>
        <translation>Lizenz: %1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Version: %1</translation>
    </message>
    <message>
        <source>Packing %1…</source>
        <translation>%1 wird verpackt …</translation>
    </message>
    <message>
        <source>Packing cancelled; nothing was published.</source>
        <translation>Verpacken abgebrochen; nichts wurde veröffentlicht.</translation>
    </message>
    <message>
        <source>Packed and signed: manifest %1</source>
        <translation>Verpackt und signiert: Manifest %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1@%2&lt;/b&gt;&lt;br&gt;Manifest CID: &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;%4 files, %5 in %6 shards (%7 unique)&lt;br&gt;Written: %8 &amp;nbsp; Already stored: %9 &amp;nbsp; Duplicates inside: %10&lt;br&gt;&lt;b&gt;Dedup savings: %11&lt;/b&gt; (%12%) &amp;nbsp; License: %13</source>
        <translation>&lt;b&gt;%1@%2&lt;/b&gt;&lt;br&gt;Manifest-CID: &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;%4 Dateien, %5 in %6 Shards (%7 eindeutig)&lt;br&gt;Geschrieben: %8 &amp;nbsp; Bereits gespeichert: %9 &amp;nbsp; Interne Duplikate: %10&lt;br&gt;&lt;b&gt;Ersparnis durch Deduplizierung: %11&lt;/b&gt; (%12 %) &amp;nbsp; Lizenz: %13</translation>
    </message>
    <message>
        <source>The market store is not open: %1</source>
        <translation>Der Marktspeicher ist nicht geöffnet: %1</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Nicht veröffentlicht: %1</translation>
    </message>
    <message>
        <source>Published %1@%2 (%3). Buyers can find it in the catalog now.</source>
        <translation>%1@%2 veröffentlicht (%3). Käufer finden es jetzt im Katalog.</translation>
    </message>
    <message>
        <source>Revoke this license…</source>
        <translation>Diese Lizenz widerrufen …</translation>
    </message>
    <message>
        <source>Revoke a buyer…</source>
        <translation>Einen Käufer sperren …</translation>
    </message>
    <message>
        <source>Revoke license</source>
        <translation>Lizenz widerrufen</translation>
    </message>
    <message>
        <source>Revoke the license of %1@%2 for every buyer. Reason:</source>
        <translation>Die Lizenz von %1@%2 für alle Käufer widerrufen. Grund:</translation>
    </message>
    <message>
        <source>terms withdrawn</source>
        <translation>Bedingungen zurückgezogen</translation>
    </message>
    <message>
        <source>Revoke buyer</source>
        <translation>Käufer sperren</translation>
    </message>
    <message>
        <source>Buyer id to cut off:</source>
        <translation>ID des auszuschließenden Käufers:</translation>
    </message>
    <message>
        <source>revoked by the operator</source>
        <translation>vom Betreiber widerrufen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1@%2&lt;/b&gt; (published)&lt;br&gt;Manifest CID: &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;%4 files, %5 in %6 shards (%7 unique, %8 stored)&lt;br&gt;License: %9</source>
        <translation>&lt;b&gt;%1@%2&lt;/b&gt; (veröffentlicht)&lt;br&gt;Manifest-CID: &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;%4 Dateien, %5 in %6 Shards (%7 eindeutig, %8 gespeichert)&lt;br&gt;Lizenz: %9</translation>
    </message>
    <message>
        <source>The market store is not open.</source>
        <translation>Der Marktspeicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Revoked %1 at the edge.</source>
        <translation>%1 am Edge-Server widerrufen.</translation>
    </message>
    <message>
        <source>Revocation refused: %1</source>
        <translation>Widerruf abgelehnt: %1</translation>
    </message>
    <message>
        <source>Revoked %1.</source>
        <translation>%1 widerrufen.</translation>
    </message>
</context>
<context>
    <name>sg::ui::RateLimitModel</name>
    <message>
        <source>per token</source>
        <translation>pro Token</translation>
    </message>
    <message>
        <source>per buyer</source>
        <translation>pro Käufer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 / s</source>
        <translation>%1 / s</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Token / buyer</source>
        <translation>Token / Käufer</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <source>Requests available</source>
        <translation>Verfügbare Anfragen</translation>
    </message>
    <message>
        <source>Refill</source>
        <translation>Nachfüllung</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Zugelassen</translation>
    </message>
    <message>
        <source>Refused (429)</source>
        <translation>Abgelehnt (429)</translation>
    </message>
    <message>
        <source>Last request (UTC)</source>
        <translation>Letzte Anfrage (UTC)</translation>
    </message>
</context>
<context>
    <name>sg::ui::ReceiptTableModel</name>
    <message>
        <source>Seq</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <source>Dataset (manifest)</source>
        <translation>Datensatz (Manifest)</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>Shard</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Gebühr</translation>
    </message>
</context>
<context>
    <name>sg::ui::SettingsWorkspace</name>
    <message>
        <source>Start the embedded edge when the console opens</source>
        <translation>Eingebetteten Edge-Server beim Öffnen der Konsole starten</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Farbschema:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>A new language applies the next time the console starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start der Konsole.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Blobs (the shards), the market and ledger databases and the keys live here. Start with &lt;tt&gt;shardgate --home DIR&lt;/tt&gt; to use another folder.</source>
        <translation>Hier liegen die Blobs (die Shards), die Markt- und Ledger-Datenbanken und die Schlüssel. Starten Sie mit &lt;tt&gt;shardgate --home DIR&lt;/tt&gt;, um einen anderen Ordner zu verwenden.</translation>
    </message>
    <message>
        <source>Open in file manager</source>
        <translation>Im Dateimanager öffnen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Creator key:</source>
        <translation>Urheberschlüssel:</translation>
    </message>
    <message>
        <source>Export public key…</source>
        <translation>Öffentlichen Schlüssel exportieren …</translation>
    </message>
    <message>
        <source>Edge defaults</source>
        <translation>Edge-Voreinstellungen</translation>
    </message>
    <message>
        <source>HOST:PORT; port 0 picks a free port. Loopback keeps the edge private to this machine.</source>
        <translation>HOST:PORT; Port 0 wählt einen freien Port. Mit Loopback bleibt der Edge-Server auf diesen Rechner beschränkt.</translation>
    </message>
    <message>
        <source>Cache capacity:</source>
        <translation>Cache-Kapazität:</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Begrenzung</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> Anfragen/s</translation>
    </message>
    <message>
        <source>Rate limit per buyer:</source>
        <translation>Ratenlimit pro Käufer:</translation>
    </message>
    <message>
        <source>Listen address:</source>
        <translation>Lauschadresse:</translation>
    </message>
    <message>
        <source>No creator key yet (the welcome or the demo creates one).</source>
        <translation>Noch kein Urheberschlüssel (die Begrüßung oder die Demo legt einen an).</translation>
    </message>
    <message>
        <source>%1 (protected by a passphrase)</source>
        <translation>%1 (durch eine Passphrase geschützt)</translation>
    </message>
    <message>
        <source>Creator key</source>
        <translation>Urheberschlüssel</translation>
    </message>
    <message>
        <source>Passphrase of the creator key:</source>
        <translation>Passphrase des Urheberschlüssels:</translation>
    </message>
    <message>
        <source>Cannot read the creator key: %1</source>
        <translation>Der Urheberschlüssel kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Export public key</source>
        <translation>Öffentlichen Schlüssel exportieren</translation>
    </message>
    <message>
        <source>PEM files (*.pem);;All files (*)</source>
        <translation>PEM-Dateien (*.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Public key written to %1 (%2).</source>
        <translation>Öffentlicher Schlüssel nach %1 geschrieben (%2).</translation>
    </message>
    <message>
        <source>Token signing keys</source>
        <translation>Token-Signaturschlüssel</translation>
    </message>
    <message>
        <source>The market signs buyers&apos; access tokens with the active key; edges fetch the public keys from /.well-known/jwks.json. Rotate to start signing with a new key: the old one keeps verifying the tokens it signed until they expire.</source>
        <translation>Der Markt signiert die Zugangstoken der Käufer mit dem aktiven Schlüssel; Edge-Server holen die öffentlichen Schlüssel von /.well-known/jwks.json. Rotieren Sie, um mit einem neuen Schlüssel zu signieren: Der alte verifiziert die von ihm signierten Token weiter, bis sie ablaufen.</translation>
    </message>
    <message>
        <source>Rotate signing key</source>
        <translation>Signaturschlüssel rotieren</translation>
    </message>
    <message>
        <source>Export public keys (JWKS)…</source>
        <translation>Öffentliche Schlüssel exportieren (JWKS) …</translation>
    </message>
    <message>
        <source>Export token public keys</source>
        <translation>Öffentliche Token-Schlüssel exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No token signing key yet: the market creates one when it first issues a token (or rotate now).</source>
        <translation>Noch kein Token-Signaturschlüssel: Der Markt legt einen an, wenn er das erste Token ausstellt (oder rotieren Sie jetzt).</translation>
    </message>
    <message>
        <source>The market is not open yet; try again in a moment.</source>
        <translation>Der Markt ist noch nicht geöffnet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Rotating…</source>
        <translation>Wird rotiert …</translation>
    </message>
    <message>
        <source>Rotation failed: %1</source>
        <translation>Rotation fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>New signing key %1: the edge signs new tokens with it from now on.</source>
        <translation>Neuer Signaturschlüssel %1: Der Edge-Server signiert ab jetzt neue Token damit.</translation>
    </message>
    <message>
        <source>New signing key %1: the edge signs with it when it starts.</source>
        <translation>Neuer Signaturschlüssel %1: Der Edge-Server signiert damit, sobald er startet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln public key(s) written to %1.</source>
        <translation>
            <numerusform>%Ln öffentlicher Schlüssel nach %1 geschrieben.</numerusform>
            <numerusform>%Ln öffentliche Schlüssel nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export the keys: %1</source>
        <translation>Die Schlüssel können nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>Appearance, the data folder, keys, the edge&apos;s defaults and downloads.</source>
        <translation>Darstellung, Datenordner, Schlüssel, Voreinstellungen des Edge-Servers und Downloads.</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Write downloads through the page cache</source>
        <translation>Downloads über den Seitencache schreiben</translation>
    </message>
    <message>
        <source>Keeps the downloaded data in memory, so a program that reads it right afterwards finds it there. Slower for large datasets, and it pushes other programs&apos; data out of memory. Unticked, verified shards are written directly to disk (O_DIRECT), but only where the filesystem takes it; elsewhere the page cache is used anyway.</source>
        <translation>Hält die heruntergeladenen Daten im Arbeitsspeicher, sodass ein Programm, das sie gleich danach liest, sie dort vorfindet. Langsamer bei großen Datensätzen, und es verdrängt die Daten anderer Programme aus dem Arbeitsspeicher. Ohne Haken werden geprüfte Shards direkt auf die Platte geschrieben (O_DIRECT), aber nur, wo das Dateisystem das zulässt; sonst wird ohnehin der Seitencache verwendet.</translation>
    </message>
    <message>
        <source>Sync each charge to disk before serving the shard</source>
        <translation>Jede Abrechnung vor dem Ausliefern des Shards auf die Platte schreiben</translation>
    </message>
    <message>
        <source>Off: a charge is committed before the first byte and synced to disk about a millisecond later, while the bytes flow (a crash of the edge loses no charge; a power cut can lose the last millisecond&apos;s). On: no byte of a shard leaves before its charge is on disk (slower).</source>
        <translation>Aus: Eine Abrechnung wird vor dem ersten Byte festgeschrieben und etwa eine Millisekunde später auf die Platte synchronisiert, während die Daten fließen (ein Absturz des Edge verliert keine Abrechnung; ein Stromausfall kann die der letzten Millisekunde verlieren). Ein: Kein Byte eines Shards geht hinaus, bevor seine Abrechnung auf der Platte ist (langsamer).</translation>
    </message>
</context>
<context>
    <name>sg::ui::ShardListModel</name>
    <message>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>same bytes as shard %1</source>
        <translation>gleiche Bytes wie Shard %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>CID</source>
        <translation>CID</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicherung</translation>
    </message>
</context>
<context>
    <name>sg::ui::TokenKeyModel</name>
    <message>
        <source>Active: signs new tokens</source>
        <translation>Aktiv: signiert neue Token</translation>
    </message>
    <message>
        <source>Retired: verifies its tokens until they expire</source>
        <translation>Ausgemustert: verifiziert seine Token bis zum Ablauf</translation>
    </message>
    <message>
        <source>Retired: no longer trusted</source>
        <translation>Ausgemustert: nicht mehr vertrauenswürdig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Key id (kid)</source>
        <translation>Schlüssel-ID (kid)</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Erstellt (UTC)</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
</context>
<context>
    <name>sg::ui::WelcomeDialog</name>
    <message>
        <source>Create a demo dataset (a few MB of text and images), publish it and add a demo buyer with 25.00 USD of credits</source>
        <translation>Einen Demo-Datensatz anlegen (einige MB Text und Bilder), veröffentlichen und einen Demo-Käufer mit 25,00 USD Guthaben hinzufügen</translation>
    </message>
    <message>
        <source>Start the embedded edge on a free loopback port</source>
        <translation>Den eingebetteten Edge-Server auf einem freien Loopback-Port starten</translation>
    </message>
    <message>
        <source>Welcome to Shardgate</source>
        <translation>Willkommen bei Shardgate</translation>
    </message>
    <message>
        <source>Shardgate packages datasets into signed, content-addressed shards, sells access with short-lived tokens and writes a verifiable receipt for every byte served.&lt;br&gt;&lt;br&gt;Your data folder will be &lt;b&gt;%1&lt;/b&gt;. A creator key is made there to sign what you publish.</source>
        <translation>Shardgate verpackt Datensätze in signierte, inhaltsadressierte Shards, verkauft Zugang mit kurzlebigen Tokens und schreibt für jedes ausgelieferte Byte einen prüfbaren Beleg.&lt;br&gt;&lt;br&gt;Ihr Datenordner wird &lt;b&gt;%1&lt;/b&gt;. Dort wird ein Urheberschlüssel angelegt, der signiert, was Sie veröffentlichen.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Key passphrase:</source>
        <translation>Passphrase des Schlüssels:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source>With a passphrase the key is stored encrypted; you type it when you pack.</source>
        <translation>Mit einer Passphrase wird der Schlüssel verschlüsselt gespeichert; Sie geben sie beim Verpacken ein.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
</TS>
