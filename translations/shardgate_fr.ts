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
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>✓ verified</source>
        <translation>✓ vérifié</translation>
    </message>
    <message>
        <source>✗ FAILED</source>
        <translation>✗ ÉCHEC</translation>
    </message>
    <message>
        <source>— first</source>
        <translation>— premier</translation>
    </message>
    <message>
        <source>Tree size</source>
        <translation>Taille de l&apos;arbre</translation>
    </message>
    <message>
        <source>Signed (UTC)</source>
        <translation>Signé (UTC)</translation>
    </message>
    <message>
        <source>Root hash</source>
        <translation>Hachage racine</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Consistent with previous</source>
        <translation>Cohérent avec le précédent</translation>
    </message>
</context>
<context>
    <name>sg::ui::Console</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Edge: failed</source>
        <translation>Edge : en échec</translation>
    </message>
    <message>
        <source>Edge failed: %1</source>
        <translation>Échec du serveur edge : %1</translation>
    </message>
    <message>
        <source>Log: %L1 receipts</source>
        <translation>Journal : %L1 reçus</translation>
    </message>
    <message>
        <source>Edge: stopped</source>
        <translation>Edge : arrêté</translation>
    </message>
    <message>
        <source>Edge: starting…</source>
        <translation>Edge : démarrage…</translation>
    </message>
    <message>
        <source>Edge: running</source>
        <translation>Edge : en marche</translation>
    </message>
    <message>
        <source>Edge: stopping…</source>
        <translation>Edge : arrêt…</translation>
    </message>
    <message>
        <source>Credits: —</source>
        <translation>Crédits : —</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Log: —</source>
        <translation>Journal : —</translation>
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
    <name>sg::ui::FileListModel</name>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>sg::ui::LedgerWorkspace</name>
    <message>
        <source>Verify whole log</source>
        <translation>Vérifier tout le journal</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Every served byte leaves a receipt in an append-only Merkle log. Check receipts, checkpoints and bills here.</source>
        <translation>Chaque octet servi laisse un reçu dans un journal de Merkle en ajout seul. Vérifiez ici les reçus, les points de contrôle et les factures.</translation>
    </message>
    <message>
        <source>Local log</source>
        <translation>Journal local</translation>
    </message>
    <message>
        <source>Open receipts file…</source>
        <translation>Ouvrir un fichier de reçus…</translation>
    </message>
    <message>
        <source>Open receipts</source>
        <translation>Ouvrir des reçus</translation>
    </message>
    <message>
        <source>Receipts (*.jsonl *.json);;All files (*)</source>
        <translation>Reçus (*.jsonl *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Receipts as CSV…</source>
        <translation>Reçus en CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Receipts as JSONL…</source>
        <translation>Reçus en JSONL…</translation>
    </message>
    <message>
        <source>Export JSONL</source>
        <translation>Exporter en JSONL</translation>
    </message>
    <message>
        <source>Bundles of the selected receipts…</source>
        <translation>Lots des reçus sélectionnés…</translation>
    </message>
    <message>
        <source>Export bundles</source>
        <translation>Exporter les lots</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Acheteur</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Créateur</translation>
    </message>
    <message>
        <source>Manifest CID</source>
        <translation>CID du manifeste</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Tous types</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>Du (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation>Au (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Filtering: %L1 of %L2 receipts scanned, %L3 match</source>
        <translation>Filtrage : %L1 reçus sur %L2 parcourus, %L3 correspondent</translation>
    </message>
    <message>
        <source>%L1 receipts match the filter</source>
        <translation>%L1 reçus correspondent au filtre</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %L2 receipts</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %L2 reçus</translation>
    </message>
    <message>
        <source>Select a receipt to see its fields and check its inclusion proof.</source>
        <translation>Sélectionnez un reçu pour voir ses champs et vérifier sa preuve d&apos;inclusion.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Reload and check</source>
        <translation>Recharger et vérifier</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>Points de contrôle</translation>
    </message>
    <message>
        <source>Reads every receipt, rebuilds the Merkle tree and compares its root with the latest signed checkpoint.</source>
        <translation>Lit chaque reçu, reconstruit l&apos;arbre de Merkle et compare sa racine au dernier point de contrôle signé.</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>No log open.</source>
        <translation>Aucun journal ouvert.</translation>
    </message>
    <message>
        <source>Local log (embedded edge)</source>
        <translation>Journal local (serveur edge intégré)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Dates are YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.</source>
        <translation>Les dates sont au format AAAA-MM-JJ ou AAAA-MM-JJTHH:MM:SSZ.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Loading receipt %1…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chargement du reçu %1…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Reçu %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifeste</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>Fragment</translation>
    </message>
    <message>
        <source>License hash</source>
        <translation>Hachage de la licence</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Plage</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Montant facturé</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Token id</source>
        <translation>Identifiant du jeton</translation>
    </message>
    <message>
        <source>Edge key</source>
        <translation>Clé du serveur edge</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformation</translation>
    </message>
    <message>
        <source>Inclusion proof</source>
        <translation>Preuve d&apos;inclusion</translation>
    </message>
    <message>
        <source>&lt;p&gt;Checking…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vérification…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open a log first.</source>
        <translation>Ouvrez d&apos;abord un journal.</translation>
    </message>
    <message>
        <source>Cancel verification</source>
        <translation>Annuler la vérification</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
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
        <translation>Exportation vers %1…</translation>
    </message>
    <message>
        <source>%L1 receipts written to %2</source>
        <translation>%L1 reçus écrits dans %2</translation>
    </message>
    <message>
        <source>Select the receipts to export as bundles first.</source>
        <translation>Sélectionnez d&apos;abord les reçus à exporter en lots.</translation>
    </message>
    <message>
        <source>%L1 receipt bundles written to %2</source>
        <translation>%L1 lots de reçus écrits dans %2</translation>
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
    <name>sg::ui::PublishWorkspace</name>
    <message>
        <source>Train models</source>
        <translation>Entraîner des modèles</translation>
    </message>
    <message>
        <source>Fine-tune</source>
        <translation>Affiner</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Évaluer</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformer</translation>
    </message>
    <message>
        <source>Redistribute</source>
        <translation>Redistribuer</translation>
    </message>
    <message>
        <source>Commercial use</source>
        <translation>Usage commercial</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>I may revoke this license later</source>
        <translation>Je peux révoquer cette licence plus tard</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Empaqueter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Package a folder into content-addressed shards, sign it with your creator key, set the license and price, and publish it in the catalog.</source>
        <translation>Empaquetez un dossier en fragments adressés par leur contenu, signez-le avec votre clé de créateur, fixez la licence et le prix, puis publiez-le dans le catalogue.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Pack the folder to see its manifest.</source>
        <translation>Empaquetez le dossier pour voir son manifeste.</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifeste</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Folder to package</source>
        <translation>Dossier à empaqueter</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <source>e.g. street-voices</source>
        <translation>p. ex. street-voices</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Optional: what is in it, how it was collected</source>
        <translation>Facultatif : ce qu&apos;il contient, comment il a été collecté</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>Bigger shards mean fewer requests; smaller ones resume and dedupe finer.</source>
        <translation>Des fragments plus gros demandent moins de requêtes ; des plus petits reprennent et se dédupliquent plus finement.</translation>
    </message>
    <message>
        <source>Shard size:</source>
        <translation>Taille des fragments :</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>An SPDX license id, or LicenseRef-&lt;name&gt; for terms of your own.</source>
        <translation>Un identifiant de licence SPDX, ou LicenseRef-&lt;nom&gt; pour vos propres conditions.</translation>
    </message>
    <message>
        <source>SPDX id:</source>
        <translation>Identifiant SPDX :</translation>
    </message>
    <message>
        <source>Allowed uses:</source>
        <translation>Usages autorisés :</translation>
    </message>
    <message>
        <source>Charged for the first delivery of each shard to a buyer&apos;s job.</source>
        <translation>Facturé à la première livraison de chaque fragment à une tâche d&apos;acheteur.</translation>
    </message>
    <message>
        <source>Price per access:</source>
        <translation>Prix par accès :</translation>
    </message>
    <message>
        <source>Optional, same currency</source>
        <translation>Facultatif, même devise</translation>
    </message>
    <message>
        <source>Price per GiB:</source>
        <translation>Prix par Gio :</translation>
    </message>
    <message>
        <source>Optional: how buyers must credit you</source>
        <translation>Facultatif : comment les acheteurs doivent vous citer</translation>
    </message>
    <message>
        <source>Attribution:</source>
        <translation>Attribution :</translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation>Validité :</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Only if the creator key has one</source>
        <translation>Seulement si la clé du créateur en a une</translation>
    </message>
    <message>
        <source>Key passphrase:</source>
        <translation>Phrase secrète de la clé :</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Analyse…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s), %1</source>
        <translation>
            <numerusform>%Ln fichier, %1</numerusform>
            <numerusform>%Ln fichiers, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Price per access: %1</source>
        <translation>Prix par accès : %1</translation>
    </message>
    <message>
        <source>Price per GiB: %1</source>
        <translation>Prix par Gio : %1</translation>
    </message>
    <message>
        <source>Choose a folder with at least one file first.</source>
        <translation>Choisissez d&apos;abord un dossier contenant au moins un fichier.</translation>
    </message>
    <message>
        <source>License: %1</source>
        <translation>Licence : %1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nom : %1</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Version : %1</translation>
    </message>
    <message>
        <source>Packing %1…</source>
        <translation>Empaquetage de %1…</translation>
    </message>
    <message>
        <source>Packing cancelled; nothing was published.</source>
        <translation>Empaquetage annulé ; rien n&apos;a été publié.</translation>
    </message>
    <message>
        <source>Packed and signed: manifest %1</source>
        <translation>Empaqueté et signé : manifeste %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1@%2&lt;/b&gt;&lt;br&gt;Manifest CID: &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;%4 files, %5 in %6 shards (%7 unique)&lt;br&gt;Written: %8 &amp;nbsp; Already stored: %9 &amp;nbsp; Duplicates inside: %10&lt;br&gt;&lt;b&gt;Dedup savings: %11&lt;/b&gt; (%12%) &amp;nbsp; License: %13</source>
        <translation>&lt;b&gt;%1@%2&lt;/b&gt;&lt;br&gt;CID du manifeste : &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;%4 fichiers, %5 en %6 fragments (%7 uniques)&lt;br&gt;Écrits : %8 &amp;nbsp; Déjà stockés : %9 &amp;nbsp; Doublons internes : %10&lt;br&gt;&lt;b&gt;Gain de la déduplication : %11&lt;/b&gt; (%12 %) &amp;nbsp; Licence : %13</translation>
    </message>
    <message>
        <source>The market store is not open: %1</source>
        <translation>Le stockage du marché n&apos;est pas ouvert : %1</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Non publié : %1</translation>
    </message>
    <message>
        <source>Published %1@%2 (%3). Buyers can find it in the catalog now.</source>
        <translation>%1@%2 publié (%3). Les acheteurs le trouvent maintenant dans le catalogue.</translation>
    </message>
</context>
<context>
    <name>sg::ui::ReceiptTableModel</name>
    <message>
        <source>Seq</source>
        <translation>N° séq.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Acheteur</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Créateur</translation>
    </message>
    <message>
        <source>Dataset (manifest)</source>
        <translation>Jeu de données (manifeste)</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>Fragment</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Montant facturé</translation>
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
        <translation>Les blobs (les fragments), les bases de données du marché et du registre ainsi que les clés se trouvent ici. Lancez &lt;tt&gt;shardgate --home DIR&lt;/tt&gt; pour utiliser un autre dossier.</translation>
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
<context>
    <name>sg::ui::ShardListModel</name>
    <message>
        <source>stored</source>
        <translation>stocké</translation>
    </message>
    <message>
        <source>same bytes as shard %1</source>
        <translation>mêmes octets que le fragment %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>CID</source>
        <translation>CID</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
</context>
</TS>
