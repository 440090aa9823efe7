<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>QObject</name>
    <message>
        <source>Shardgate demo</source>
        <translation>Démo Shardgate</translation>
    </message>
    <message>
        <source>The demo workspace could not be prepared in %1:
%2</source>
        <translation>L&apos;espace de démonstration n&apos;a pas pu être préparé dans %1 :
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
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>sg::ui::DemoSetup</name>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation>Préparation de l&apos;espace de démonstration…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Shardgate demo</source>
        <translation>Démo Shardgate</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workspaces&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;Espaces de travail&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>Ctrl+%1 &amp;mdash; %2&lt;br&gt;</source>
        <translation>Ctrl+%1 &amp;mdash; %2&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Ctrl+Q &amp;mdash; quit</source>
        <translation>&lt;br&gt;Ctrl+Q &amp;mdash; quitter</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Shardgate</source>
        <translation>À &amp;propos de Shardgate</translation>
    </message>
    <message>
        <source>About Shardgate</source>
        <translation>À propos de Shardgate</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shardgate %1&lt;/b&gt;&lt;br&gt;A marketplace console for paid training data: package, license, sell, serve and audit datasets.</source>
        <translation>&lt;b&gt;Shardgate %1&lt;/b&gt;&lt;br&gt;Une console de place de marché pour les données d&apos;entraînement payantes : empaqueter, licencier, vendre, servir et auditer des jeux de données.</translation>
    </message>
    <message>
        <source>State of the embedded edge server</source>
        <translation>État du serveur edge intégré</translation>
    </message>
    <message>
        <source>Where the embedded edge listens</source>
        <translation>Adresse d&apos;écoute du serveur edge intégré</translation>
    </message>
    <message>
        <source>Credits of the current buyer account</source>
        <translation>Crédits du compte acheteur actuel</translation>
    </message>
    <message>
        <source>Receipts in the local log</source>
        <translation>Reçus dans le journal local</translation>
    </message>
    <message>
        <source>Edge: stopped</source>
        <translation>Edge : arrêté</translation>
    </message>
    <message>
        <source>Credits: —</source>
        <translation>Crédits : —</translation>
    </message>
    <message>
        <source>Log: —</source>
        <translation>Journal : —</translation>
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
        <translation>Démarrer le serveur edge intégré à l&apos;ouverture de la console</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Appearance, the data folder, keys and the edge&apos;s defaults.</source>
        <translation>Apparence, dossier de données, clés et valeurs par défaut du serveur edge.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thème :</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>A new language applies the next time the console starts.</source>
        <translation>Une nouvelle langue prend effet au prochain démarrage de la console.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Blobs (the shards), the market and ledger databases and the keys live here. Start with &lt;tt&gt;shardgate --home DIR&lt;/tt&gt; to use another folder.</source>
        <translation>Les blobs (les shards), les bases de données du marché et du registre ainsi que les clés se trouvent ici. Lancez &lt;tt&gt;shardgate --home DIR&lt;/tt&gt; pour utiliser un autre dossier.</translation>
    </message>
    <message>
        <source>Open in file manager</source>
        <translation>Ouvrir dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Creator key:</source>
        <translation>Clé du créateur :</translation>
    </message>
    <message>
        <source>Export public key…</source>
        <translation>Exporter la clé publique…</translation>
    </message>
    <message>
        <source>Edge defaults</source>
        <translation>Valeurs par défaut du serveur edge</translation>
    </message>
    <message>
        <source>HOST:PORT; port 0 picks a free port. Loopback keeps the edge private to this machine.</source>
        <translation>HÔTE:PORT ; le port 0 choisit un port libre. L&apos;adresse de bouclage réserve le serveur edge à cette machine.</translation>
    </message>
    <message>
        <source>Listen address:</source>
        <translation>Adresse d&apos;écoute :</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source>Cache capacity:</source>
        <translation>Capacité du cache :</translation>
    </message>
    <message>
        <source>No creator key yet (the welcome or the demo creates one).</source>
        <translation>Pas encore de clé de créateur (l&apos;accueil ou la démo en crée une).</translation>
    </message>
    <message>
        <source>%1 (protected by a passphrase)</source>
        <translation>%1 (protégée par une phrase secrète)</translation>
    </message>
    <message>
        <source>Creator key</source>
        <translation>Clé du créateur</translation>
    </message>
    <message>
        <source>Passphrase of the creator key:</source>
        <translation>Phrase secrète de la clé du créateur :</translation>
    </message>
    <message>
        <source>Cannot read the creator key: %1</source>
        <translation>Impossible de lire la clé du créateur : %1</translation>
    </message>
    <message>
        <source>Export public key</source>
        <translation>Exporter la clé publique</translation>
    </message>
    <message>
        <source>PEM files (*.pem);;All files (*)</source>
        <translation>Fichiers PEM (*.pem);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Public key written to %1 (%2).</source>
        <translation>Clé publique écrite dans %1 (%2).</translation>
    </message>
</context>
</TS>
