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
    <name>sg::ui::CheckpointModel</name>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistent with previous</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::ui::Console</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
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
    <name>sg::ui::ReceiptTableModel</name>
    <message>
        <source>Seq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset (manifest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge</source>
        <translation type="unfinished"></translation>
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
        <source>Appearance, the data folder, keys and the edge&apos;s defaults.</source>
        <translation>Darstellung, Datenordner, Schlüssel und Voreinstellungen des Edge-Servers.</translation>
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
        <source>Listen address:</source>
        <translation>Lauschadresse:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Cache capacity:</source>
        <translation>Cache-Größe:</translation>
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
</context>
</TS>
