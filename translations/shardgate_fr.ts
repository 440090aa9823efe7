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
    <name>sg::ui::BillModel</name>
    <message>
        <source>The receipts add up to %1, the market&apos;s books say %2 (difference %3).</source>
        <translation>Les reçus totalisent %1, les livres du marché indiquent %2 (écart %3).</translation>
    </message>
    <message>
        <source>Creator payout</source>
        <translation>Paiement au créateur</translation>
    </message>
    <message>
        <source>Buyer charges</source>
        <translation>Débits de l&apos;acheteur</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>non comparé</translation>
    </message>
    <message>
        <source>✗ differs by %1</source>
        <translation>✗ écart de %1</translation>
    </message>
    <message>
        <source>✓ matches</source>
        <translation>✓ concorde</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Type de compte</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>From receipts</source>
        <translation>D&apos;après les reçus</translation>
    </message>
    <message>
        <source>Market books</source>
        <translation>Livres du marché</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>sg::ui::CatalogModel</name>
    <message>
        <source>the catalog is not JSON: %1</source>
        <translation>le catalogue n&apos;est pas du JSON : %1</translation>
    </message>
    <message>
        <source>%1 %2 / shard</source>
        <translation>%1 %2 / fragment</translation>
    </message>
    <message>
        <source>%1 · %2 files</source>
        <translation>%1 · %2 fichiers</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Créateur</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>sg::ui::CatalogWorkspace</name>
    <message>
        <source>train models on it</source>
        <translation>entraîner des modèles dessus</translation>
    </message>
    <message>
        <source>fine-tune models on it</source>
        <translation>affiner des modèles dessus</translation>
    </message>
    <message>
        <source>evaluate models with it</source>
        <translation>évaluer des modèles avec</translation>
    </message>
    <message>
        <source>transform it (derived data)</source>
        <translation>le transformer (données dérivées)</translation>
    </message>
    <message>
        <source>redistribute it</source>
        <translation>le redistribuer</translation>
    </message>
    <message>
        <source>use it commercially</source>
        <translation>l&apos;utiliser commercialement</translation>
    </message>
    <message>
        <source>Get token</source>
        <translation>Obtenir un jeton</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Télécharger…</translation>
    </message>
    <message>
        <source>Buy credits…</source>
        <translation>Acheter des crédits…</translation>
    </message>
    <message>
        <source>Copy curl command</source>
        <translation>Copier la commande curl</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Browse the datasets an edge offers, read their terms, and buy access.</source>
        <translation>Parcourez les jeux de données d&apos;un serveur edge, lisez leurs conditions et achetez un accès.</translation>
    </message>
    <message>
        <source>Embedded edge</source>
        <translation>Serveur edge intégré</translation>
    </message>
    <message>
        <source>Edge at URL</source>
        <translation>Serveur edge à une URL</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>Search name, title, creator, license…</source>
        <translation>Rechercher nom, titre, créateur, licence…</translation>
    </message>
    <message>
        <source>Any use</source>
        <translation>Tout usage</translation>
    </message>
    <message>
        <source>Allows %1</source>
        <translation>Autorise : %1</translation>
    </message>
    <message>
        <source>Select a dataset.</source>
        <translation>Sélectionnez un jeu de données.</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Buyer:</source>
        <translation>Acheteur :</translation>
    </message>
    <message>
        <source>Buyer API key (sgk_…)</source>
        <translation>Clé d&apos;API de l&apos;acheteur (sgk_…)</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clé d&apos;API :</translation>
    </message>
    <message>
        <source>Get a token to see a ready curl command for a pipeline.</source>
        <translation>Obtenez un jeton pour voir une commande curl prête pour un pipeline.</translation>
    </message>
    <message>
        <source>curl command copied. It resumes with -C - if interrupted; the token expires at the time shown.</source>
        <translation>Commande curl copiée. Elle reprend avec -C - en cas d&apos;interruption ; le jeton expire à l&apos;heure indiquée.</translation>
    </message>
    <message>
        <source>Buy credits</source>
        <translation>Acheter des crédits</translation>
    </message>
    <message>
        <source>Amount to add to %1&apos;s account:</source>
        <translation>Montant à ajouter au compte de %1 :</translation>
    </message>
    <message>
        <source>Download into</source>
        <translation>Télécharger dans</translation>
    </message>
    <message>
        <source>none (type an API key)</source>
        <translation>aucun (saisissez une clé d&apos;API)</translation>
    </message>
    <message>
        <source>The embedded edge is not running; start it in Edge, or choose an edge URL.</source>
        <translation>Le serveur edge intégré ne fonctionne pas ; démarrez-le dans Edge ou choisissez l&apos;URL d&apos;un serveur edge.</translation>
    </message>
    <message>
        <source>Type an edge URL.</source>
        <translation>Saisissez l&apos;URL d&apos;un serveur edge.</translation>
    </message>
    <message>
        <source>Not a URL: %1</source>
        <translation>Ce n&apos;est pas une URL : %1</translation>
    </message>
    <message>
        <source>Loading the catalog from %1…</source>
        <translation>Chargement du catalogue depuis %1…</translation>
    </message>
    <message>
        <source>Cannot read the catalog of %1: %2</source>
        <translation>Impossible de lire le catalogue de %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln dataset(s) at %1</source>
        <translation>
            <numerusform>%Ln jeu de données sur %1</numerusform>
            <numerusform>%Ln jeux de données sur %1</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 entries not understood)</source>
        <translation> (%1 entrées non comprises)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; files, %2 in %3 shards of up to %4 · by &lt;b&gt;%5&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; fichiers, %2 en %3 fragments d&apos;au plus %4 · par &lt;b&gt;%5&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;License in plain words&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;La licence en termes simples&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;You may &lt;b&gt;not&lt;/b&gt; use it for anything yet.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Vous ne pouvez encore l&apos;utiliser pour &lt;b&gt;rien&lt;/b&gt;.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;You &lt;b&gt;may&lt;/b&gt; %1.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Vous &lt;b&gt;pouvez&lt;/b&gt; : %1.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;You may &lt;b&gt;not&lt;/b&gt; %1.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Vous ne pouvez &lt;b&gt;pas&lt;/b&gt; : %1.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Credit the creator as: &lt;i&gt;%1&lt;/i&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;Citez le créateur ainsi : &lt;i&gt;%1&lt;/i&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Access ends on %1.&lt;/li&gt;</source>
        <translation>&lt;li&gt;L&apos;accès prend fin le %1.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;The creator may revoke this license.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Le créateur peut révoquer cette licence.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;The creator cannot revoke this license.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Le créateur ne peut pas révoquer cette licence.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The license could not be read: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;La licence n&apos;a pas pu être lue : %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Price&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Prix&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 %2 for the first delivery of each shard</source>
        <translation>&lt;p&gt;%1 %2 pour la première livraison de chaque fragment</translation>
    </message>
    <message>
        <source>, plus %1 %2 per GiB</source>
        <translation>, plus %1 %2 par Gio</translation>
    </message>
    <message>
        <source>&lt;p&gt;The whole dataset: &lt;b&gt;%1 %2&lt;/b&gt; (%3 shards). Resumed or repeated ranges of a shard in the same job are not charged again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le jeu de données complet : &lt;b&gt;%1 %2&lt;/b&gt; (%3 fragments). Les plages reprises ou répétées d&apos;un fragment dans la même tâche ne sont pas facturées à nouveau.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Manifest &lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;License hash &lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Manifeste &lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;Hachage de la licence &lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Type the buyer&apos;s API key first.</source>
        <translation>Saisissez d&apos;abord la clé d&apos;API de l&apos;acheteur.</translation>
    </message>
    <message>
        <source>Asking %1 for a token…</source>
        <translation>Demande de jeton à %1…</translation>
    </message>
    <message>
        <source>No token: %1</source>
        <translation>Pas de jeton : %1</translation>
    </message>
    <message>
        <source>Token issued (expires %1). Fetch files with curl -C - -H &quot;Authorization: Bearer $TOKEN&quot; %2/v1/files/%3/&lt;path&gt;.</source>
        <translation>Jeton émis (expire %1). Récupérez les fichiers avec curl -C - -H &quot;Authorization: Bearer $TOKEN&quot; %2/v1/files/%3/&lt;chemin&gt;.</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Montant : %1</translation>
    </message>
    <message>
        <source>must be more than zero</source>
        <translation>doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>Credits are bought in this home&apos;s market; no buyer account is selected.</source>
        <translation>Les crédits s&apos;achètent sur le marché de ce dossier ; aucun compte acheteur n&apos;est sélectionné.</translation>
    </message>
    <message>
        <source>Credits not added: %1</source>
        <translation>Crédits non ajoutés : %1</translation>
    </message>
    <message>
        <source>%1 now has %2 %3 available.</source>
        <translation>%1 dispose maintenant de %2 %3.</translation>
    </message>
    <message>
        <source>%1@%2 queued in Downloads → %3</source>
        <translation>%1@%2 ajouté aux téléchargements → %3</translation>
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
    <message>
        <source>Signed or seen (UTC)</source>
        <translation>Signé ou vu (UTC)</translation>
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
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
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
    <name>sg::ui::DownloadManager</name>
    <message>
        <source>waiting for the embedded edge to start</source>
        <translation>en attente du démarrage du serveur edge intégré</translation>
    </message>
    <message>
        <source>no buyer API key: choose a buyer in the Catalog, then retry</source>
        <translation>pas de clé d&apos;API d&apos;acheteur : choisissez un acheteur dans le catalogue, puis réessayez</translation>
    </message>
    <message>
        <source>%1 files, %2 verified; %3 receipts saved in .shardgate/</source>
        <translation>%1 fichiers, %2 vérifiés ; %3 reçus enregistrés dans .shardgate/</translation>
    </message>
    <message>
        <source>paused; verified shards are kept</source>
        <translation>en pause ; les fragments vérifiés sont conservés</translation>
    </message>
    <message>
        <source>resuming from the journal</source>
        <translation>reprise depuis le journal</translation>
    </message>
</context>
<context>
    <name>sg::ui::DownloadQueueModel</name>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Verified ✓</source>
        <translation>Vérifié ✓</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>%1 / %2 verified</source>
        <translation>%1 / %2 vérifiés</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>Fragments</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>sg::ui::DownloadsWorkspace</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Show in file manager</source>
        <translation>Afficher dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>Every shard is checked against its CID before it is written; an interrupted download resumes from its journal, even after a restart.</source>
        <translation>Chaque fragment est vérifié par son CID avant d&apos;être écrit ; un téléchargement interrompu reprend depuis son journal, même après un redémarrage.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Shard CID</source>
        <translation>CID du fragment</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>No download selected. Start one from the Catalog.</source>
        <translation>Aucun téléchargement sélectionné. Lancez-en un depuis le catalogue.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; → %2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; → %2&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>✓ CID verified, written</source>
        <translation>✓ CID vérifié, écrit</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
</context>
<context>
    <name>sg::ui::EdgeCacheModel</name>
    <message>
        <source>not served yet</source>
        <translation>pas encore servi</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l&apos;instant)</translation>
    </message>
    <message>
        <source>home blob store</source>
        <translation>magasin de blobs du dossier</translation>
    </message>
    <message>
        <source>origin folder</source>
        <translation>dossier d&apos;origine</translation>
    </message>
    <message>
        <source>upstream edge</source>
        <translation>edge en amont</translation>
    </message>
    <message>
        <source>Dataset / shard</source>
        <translation>Jeu de données / shard</translation>
    </message>
    <message>
        <source>Buyer / shard</source>
        <translation>Acheteur / shard</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>Shards</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Last access (UTC)</source>
        <translation>Dernier accès (UTC)</translation>
    </message>
    <message>
        <source>Billed / h</source>
        <translation>Facturés / h</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>Acheteurs</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Jeux de données</translation>
    </message>
    <message>
        <source>Stored in</source>
        <translation>Stocké dans</translation>
    </message>
    <message>
        <source>Pinned by jobs</source>
        <translation>Épinglé par les tâches</translation>
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
        <translation>Budget : %1</translation>
    </message>
    <message>
        <source>Budget: %L1 requests</source>
        <translation>Budget : %L1 requêtes</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 sur %L2</translation>
    </message>
    <message>
        <source>no TTL</source>
        <translation>sans TTL</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Acheteur</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Shards ready</source>
        <translation>Shards prêts</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Servi</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
</context>
<context>
    <name>sg::ui::EdgeWorkspace</name>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>Fragments</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifeste</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>Edge</translation>
    </message>
    <message>
        <source>The embedded edge serves published shards to token holders and writes a receipt for each response.</source>
        <translation>Le serveur edge intégré sert les fragments publiés aux détenteurs de jetons et écrit un reçu pour chaque réponse.</translation>
    </message>
    <message>
        <source>HOST:PORT; port 0 picks a free port.</source>
        <translation>HÔTE:PORT ; le port 0 choisit un port libre.</translation>
    </message>
    <message>
        <source>Listen:</source>
        <translation>Écoute :</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>N&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>Requests / s</source>
        <translation>Requêtes / s</translation>
    </message>
    <message>
        <source>Bytes served / s</source>
        <translation>Octets servis / s</translation>
    </message>
    <message>
        <source>Store hit rate %</source>
        <translation>Taux de succès du stockage %</translation>
    </message>
    <message>
        <source>Receipts / s</source>
        <translation>Reçus / s</translation>
    </message>
    <message>
        <source>Revocations</source>
        <translation>Révocations</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Compteurs</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 req./s</translation>
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
        <translation>aucune consultation</translation>
    </message>
    <message>
        <source>%1 receipts/s</source>
        <translation>%1 reçus/s</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;Requests&lt;/td&gt;&lt;td align=right&gt;%L1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Data requests&lt;/td&gt;&lt;td align=right&gt;%L2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Bytes served&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Store hits / misses&lt;/td&gt;&lt;td align=right&gt;%L4 / %L5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Receipts written / failed&lt;/td&gt;&lt;td align=right&gt;%L6 / %L7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Connections open / total / refused&lt;/td&gt;&lt;td align=right&gt;%L8 / %L9 / %L10&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Transfers aborted by clients&lt;/td&gt;&lt;td align=right&gt;%L11&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;Requêtes&lt;/td&gt;&lt;td align=right&gt;%L1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Requêtes de données&lt;/td&gt;&lt;td align=right&gt;%L2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Octets servis&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Succès / échecs du stockage&lt;/td&gt;&lt;td align=right&gt;%L4 / %L5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Reçus écrits / en échec&lt;/td&gt;&lt;td align=right&gt;%L6 / %L7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Connexions ouvertes / totales / refusées&lt;/td&gt;&lt;td align=right&gt;%L8 / %L9 / %L10&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Transferts interrompus par les clients&lt;/td&gt;&lt;td align=right&gt;%L11&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Running at &lt;a href=&apos;%1&apos;&gt;%1&lt;/a&gt;</source>
        <translation>En marche sur &lt;a href=&apos;%1&apos;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Draining connections…</source>
        <translation>Vidage des connexions…</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation>Limites de débit</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Grouper par :</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Acheteur</translation>
    </message>
    <message>
        <source>Evict selected</source>
        <translation>Évincer la sélection</translation>
    </message>
    <message>
        <source>Drops the selected shards (or every shard of a selected group) from the cache with their entitlements; the home&apos;s own blob store keeps its files.</source>
        <translation>Retire du cache les shards sélectionnés (ou tous ceux d&apos;un groupe sélectionné) avec leurs droits ; le magasin de blobs du dossier garde ses fichiers.</translation>
    </message>
    <message>
        <source>End job</source>
        <translation>Terminer la tâche</translation>
    </message>
    <message>
        <source>Ends the selected job as DELETE /v1/jobs/{id} would: its pins go, and shards only it pinned leave the cache.</source>
        <translation>Termine la tâche sélectionnée comme DELETE /v1/jobs/{id} : ses épinglages disparaissent et les shards qu&apos;elle seule retenait quittent le cache.</translation>
    </message>
    <message>
        <source>Jobs are batches pre-authorized with POST /v1/jobs or named by a token&apos;s job claim; each ends at its TTL.</source>
        <translation>Les tâches sont des lots pré-autorisés par POST /v1/jobs ou nommés par la revendication job d&apos;un jeton ; chacune prend fin à son TTL.</translation>
    </message>
    <message>
        <source>Token buckets per token and per buyer (serve --rate-limit-token / --rate-limit-buyer). A request past its bucket is answered 429 with Retry-After.</source>
        <translation>Seaux à jetons par jeton et par acheteur (serve --rate-limit-token / --rate-limit-buyer). Une requête au-delà de son seau reçoit 429 avec Retry-After.</translation>
    </message>
    <message>
        <source>The edge is stopped.</source>
        <translation>L&apos;edge est arrêté.</translation>
    </message>
    <message>
        <source>%L1 shards · cache folder %2 of %3 · %L4 hits, %L5 misses, %L6 evictions</source>
        <translation>%L1 shards · dossier de cache %2 sur %3 · %L4 succès, %L5 échecs, %L6 évictions</translation>
    </message>
    <message>
        <source>Select shards or a group to evict.</source>
        <translation>Sélectionnez des shards ou un groupe à évincer.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shard(s) evicted.</source>
        <translation>
            <numerusform>%Ln shard évincé.</numerusform>
            <numerusform>%Ln shards évincés.</numerusform>
        </translation>
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
    <message>
        <source>Edge URL, e.g. http://127.0.0.1:8440</source>
        <translation>URL d&apos;un edge, p. ex. http://127.0.0.1:8440</translation>
    </message>
    <message>
        <source>Reads any edge&apos;s receipt log over HTTP: its key, signed checkpoint, tiles and proofs.</source>
        <translation>Lit le journal des reçus de n&apos;importe quel edge par HTTP : sa clé, son point de contrôle signé, ses tuiles et ses preuves.</translation>
    </message>
    <message>
        <source>Open edge log</source>
        <translation>Ouvrir le journal de l&apos;edge</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>Factures</translation>
    </message>
    <message numerus="yes">
        <source>%L1 receipts of %2 verified: every entry is a canonical receipt with its own sequence number, they hash to the signed root of the latest checkpoint, and the log is consistent with %Ln checkpoint(s) this home saw before.</source>
        <translation>
            <numerusform>%L1 reçus de %2 vérifiés : chaque entrée est un reçu canonique avec son propre numéro de séquence, leur hachage donne la racine signée du dernier point de contrôle, et le journal est cohérent avec %Ln point de contrôle vu auparavant par ce dossier.</numerusform>
            <numerusform>%L1 reçus de %2 vérifiés : chaque entrée est un reçu canonique avec son propre numéro de séquence, leur hachage donne la racine signée du dernier point de contrôle, et le journal est cohérent avec %Ln points de contrôle vus auparavant par ce dossier.</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 entries are void (sequence numbers reserved before a crash).</source>
        <translation>%L1 entrées sont vides (numéros de séquence réservés avant un plantage).</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Vérification annulée.</translation>
    </message>
    <message>
        <source>Market books: none for this log (choose a market database to compare)</source>
        <translation>Livres du marché : aucun pour ce journal (choisissez une base du marché pour comparer)</translation>
    </message>
    <message>
        <source>Market books: %1</source>
        <translation>Livres du marché : %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Verifying the log and adding up its receipts…</source>
        <translation>Vérification du journal et addition de ses reçus…</translation>
    </message>
    <message>
        <source>Recompute bills</source>
        <translation>Recalculer les factures</translation>
    </message>
    <message>
        <source>Bill recomputation cancelled.</source>
        <translation>Recalcul des factures annulé.</translation>
    </message>
    <message>
        <source>Bills are recomputed from a whole log; an exported file may hold only some receipts. Open the local log or an edge&apos;s log.</source>
        <translation>Les factures se recalculent à partir d&apos;un journal entier ; un fichier exporté peut ne contenir qu&apos;une partie des reçus. Ouvrez le journal local ou celui d&apos;un edge.</translation>
    </message>
    <message>
        <source>No bill can be trusted: %1</source>
        <translation>Aucune facture n&apos;est fiable : %1</translation>
    </message>
    <message>
        <source>Not compared with any market&apos;s books.</source>
        <translation>Comparé à aucun livre de marché.</translation>
    </message>
    <message>
        <source>Every account matches the market&apos;s books.</source>
        <translation>Chaque compte concorde avec les livres du marché.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s) differ from the market&apos;s books. Charges made after the latest checkpoint count once the next checkpoint covers them: recompute in a moment to rule that out.</source>
        <translation>
            <numerusform>%Ln compte diffère des livres du marché. Les débits postérieurs au dernier point de contrôle comptent dès que le suivant les couvre : recalculez dans un instant pour l&apos;exclure.</numerusform>
            <numerusform>%Ln comptes diffèrent des livres du marché. Les débits postérieurs au dernier point de contrôle comptent dès que le suivant les couvre : recalculez dans un instant pour l&apos;exclure.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifies the log, then adds up every buyer&apos;s charges and every creator&apos;s payouts from the receipts alone and compares them with the market&apos;s books.</source>
        <translation>Vérifie le journal, additionne à partir des seuls reçus les débits de chaque acheteur et les paiements de chaque créateur, puis les compare aux livres du marché.</translation>
    </message>
    <message>
        <source>Market database</source>
        <translation>Base du marché</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases SQLite (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the log of %1…</source>
        <translation>Lecture du journal de %1…</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
    <message>
        <source>Cannot open that edge&apos;s log: %1</source>
        <translation>Impossible d&apos;ouvrir le journal de cet edge : %1</translation>
    </message>
    <message numerus="yes">
        <source>%L1 receipts verified against the latest checkpoint; %2 charged in total to %Ln buyer(s).</source>
        <translation>
            <numerusform>%L1 reçus vérifiés par rapport au dernier point de contrôle ; %2 facturés au total à %Ln acheteur.</numerusform>
            <numerusform>%L1 reçus vérifiés par rapport au dernier point de contrôle ; %2 facturés au total à %Ln acheteurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Market books on PostgreSQL</source>
        <translation>Livres du marché sur PostgreSQL</translation>
    </message>
    <message>
        <source>URL of the shared market store (the edges&apos; --db), read only:</source>
        <translation>URL du magasin partagé du marché (--db des edges), en lecture seule :</translation>
    </message>
    <message>
        <source>Market books</source>
        <translation>Livres du marché</translation>
    </message>
    <message>
        <source>SQLite file…</source>
        <translation>Fichier SQLite…</translation>
    </message>
    <message>
        <source>PostgreSQL store…</source>
        <translation>Magasin PostgreSQL…</translation>
    </message>
    <message>
        <source>This home&apos;s market</source>
        <translation>Marché de ce dossier personnel</translation>
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
    <message>
        <source>Revoke this license…</source>
        <translation>Révoquer cette licence…</translation>
    </message>
    <message>
        <source>Revoke a buyer…</source>
        <translation>Révoquer un acheteur…</translation>
    </message>
    <message>
        <source>Revoke license</source>
        <translation>Révoquer la licence</translation>
    </message>
    <message>
        <source>Revoke the license of %1@%2 for every buyer. Reason:</source>
        <translation>Révoquer la licence de %1@%2 pour tous les acheteurs. Motif :</translation>
    </message>
    <message>
        <source>terms withdrawn</source>
        <translation>conditions retirées</translation>
    </message>
    <message>
        <source>Revoke buyer</source>
        <translation>Révoquer l&apos;acheteur</translation>
    </message>
    <message>
        <source>Buyer id to cut off:</source>
        <translation>Identifiant de l&apos;acheteur à exclure :</translation>
    </message>
    <message>
        <source>revoked by the operator</source>
        <translation>révoqué par l&apos;opérateur</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1@%2&lt;/b&gt; (published)&lt;br&gt;Manifest CID: &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;%4 files, %5 in %6 shards (%7 unique, %8 stored)&lt;br&gt;License: %9</source>
        <translation>&lt;b&gt;%1@%2&lt;/b&gt; (publié)&lt;br&gt;CID du manifeste : &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;%4 fichiers, %5 en %6 fragments (%7 uniques, %8 stockés)&lt;br&gt;Licence : %9</translation>
    </message>
    <message>
        <source>The market store is not open.</source>
        <translation>Le stockage du marché n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Revoked %1 at the edge.</source>
        <translation>%1 révoqué sur le serveur edge.</translation>
    </message>
    <message>
        <source>Revocation refused: %1</source>
        <translation>Révocation refusée : %1</translation>
    </message>
    <message>
        <source>Revoked %1.</source>
        <translation>%1 révoqué.</translation>
    </message>
</context>
<context>
    <name>sg::ui::RateLimitModel</name>
    <message>
        <source>per token</source>
        <translation>par jeton</translation>
    </message>
    <message>
        <source>per buyer</source>
        <translation>par acheteur</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 / s</source>
        <translation>%1 / s</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Token / buyer</source>
        <translation>Jeton / acheteur</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Acheteur</translation>
    </message>
    <message>
        <source>Requests available</source>
        <translation>Requêtes disponibles</translation>
    </message>
    <message>
        <source>Refill</source>
        <translation>Recharge</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Autorisées</translation>
    </message>
    <message>
        <source>Refused (429)</source>
        <translation>Refusées (429)</translation>
    </message>
    <message>
        <source>Last request (UTC)</source>
        <translation>Dernière requête (UTC)</translation>
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
        <source>Cache capacity:</source>
        <translation>Capacité du cache :</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>aucune limite</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> requêtes/s</translation>
    </message>
    <message>
        <source>Rate limit per buyer:</source>
        <translation>Limite de débit par acheteur :</translation>
    </message>
    <message>
        <source>Listen address:</source>
        <translation>Adresse d&apos;écoute :</translation>
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
    <message>
        <source>Token signing keys</source>
        <translation>Clés de signature des jetons</translation>
    </message>
    <message>
        <source>The market signs buyers&apos; access tokens with the active key; edges fetch the public keys from /.well-known/jwks.json. Rotate to start signing with a new key: the old one keeps verifying the tokens it signed until they expire.</source>
        <translation>Le marché signe les jetons d&apos;accès des acheteurs avec la clé active ; les edges récupèrent les clés publiques sur /.well-known/jwks.json. Faites une rotation pour signer avec une nouvelle clé : l&apos;ancienne continue de vérifier les jetons qu&apos;elle a signés jusqu&apos;à leur expiration.</translation>
    </message>
    <message>
        <source>Rotate signing key</source>
        <translation>Faire tourner la clé de signature</translation>
    </message>
    <message>
        <source>Export public keys (JWKS)…</source>
        <translation>Exporter les clés publiques (JWKS)…</translation>
    </message>
    <message>
        <source>Export token public keys</source>
        <translation>Exporter les clés publiques des jetons</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No token signing key yet: the market creates one when it first issues a token (or rotate now).</source>
        <translation>Pas encore de clé de signature : le marché en crée une lorsqu&apos;il émet son premier jeton (ou faites une rotation maintenant).</translation>
    </message>
    <message>
        <source>The market is not open yet; try again in a moment.</source>
        <translation>Le marché n&apos;est pas encore ouvert ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Rotating…</source>
        <translation>Rotation…</translation>
    </message>
    <message>
        <source>Rotation failed: %1</source>
        <translation>Échec de la rotation : %1</translation>
    </message>
    <message>
        <source>New signing key %1: the edge signs new tokens with it from now on.</source>
        <translation>Nouvelle clé de signature %1 : l&apos;edge signe désormais les nouveaux jetons avec elle.</translation>
    </message>
    <message>
        <source>New signing key %1: the edge signs with it when it starts.</source>
        <translation>Nouvelle clé de signature %1 : l&apos;edge signera avec elle à son démarrage.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln public key(s) written to %1.</source>
        <translation>
            <numerusform>%Ln clé publique écrite dans %1.</numerusform>
            <numerusform>%Ln clés publiques écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export the keys: %1</source>
        <translation>Impossible d&apos;exporter les clés : %1</translation>
    </message>
    <message>
        <source>Appearance, the data folder, keys, the edge&apos;s defaults and downloads.</source>
        <translation>Apparence, dossier de données, clés, valeurs par défaut du serveur edge et téléchargements.</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>Write downloads through the page cache</source>
        <translation>Écrire les téléchargements via le cache de pages</translation>
    </message>
    <message>
        <source>Keeps the downloaded data in memory, so a program that reads it right afterwards finds it there. Slower for large datasets, and it pushes other programs&apos; data out of memory. Unticked, verified shards are written directly to disk (O_DIRECT), but only where the filesystem takes it; elsewhere the page cache is used anyway.</source>
        <translation>Garde les données téléchargées en mémoire : un programme qui les lit juste après les y trouve. Plus lent pour les grands jeux de données, et cela chasse de la mémoire les données des autres programmes. Décochée, les shards vérifiés sont écrits directement sur le disque (O_DIRECT), mais seulement là où le système de fichiers l&apos;accepte ; ailleurs, le cache de pages est utilisé de toute façon.</translation>
    </message>
    <message>
        <source>Sync each charge to disk before serving the shard</source>
        <translation>Écrire chaque facturation sur le disque avant de servir le fragment</translation>
    </message>
    <message>
        <source>Off: a charge is committed before the first byte and synced to disk about a millisecond later, while the bytes flow (a crash of the edge loses no charge; a power cut can lose the last millisecond&apos;s). On: no byte of a shard leaves before its charge is on disk (slower).</source>
        <translation>Désactivé : une facturation est validée avant le premier octet et synchronisée sur le disque environ une milliseconde plus tard, pendant que les données circulent (un plantage de l&apos;edge ne perd aucune facturation ; une coupure de courant peut perdre celles de la dernière milliseconde). Activé : aucun octet d&apos;un fragment ne part avant que sa facturation soit sur le disque (plus lent).</translation>
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
<context>
    <name>sg::ui::TokenKeyModel</name>
    <message>
        <source>Active: signs new tokens</source>
        <translation>Active : signe les nouveaux jetons</translation>
    </message>
    <message>
        <source>Retired: verifies its tokens until they expire</source>
        <translation>Retirée : vérifie ses jetons jusqu&apos;à leur expiration</translation>
    </message>
    <message>
        <source>Retired: no longer trusted</source>
        <translation>Retirée : n&apos;est plus approuvée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Key id (kid)</source>
        <translation>Identifiant de clé (kid)</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Créée (UTC)</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
</context>
<context>
    <name>sg::ui::WelcomeDialog</name>
    <message>
        <source>Create a demo dataset (a few MB of text and images), publish it and add a demo buyer with 25.00 USD of credits</source>
        <translation>Créer un jeu de données de démonstration (quelques Mo de texte et d&apos;images), le publier et ajouter un acheteur de démonstration avec 25,00 USD de crédits</translation>
    </message>
    <message>
        <source>Start the embedded edge on a free loopback port</source>
        <translation>Démarrer le serveur edge intégré sur un port libre de l&apos;interface de bouclage</translation>
    </message>
    <message>
        <source>Welcome to Shardgate</source>
        <translation>Bienvenue dans Shardgate</translation>
    </message>
    <message>
        <source>Shardgate packages datasets into signed, content-addressed shards, sells access with short-lived tokens and writes a verifiable receipt for every byte served.&lt;br&gt;&lt;br&gt;Your data folder will be &lt;b&gt;%1&lt;/b&gt;. A creator key is made there to sign what you publish.</source>
        <translation>Shardgate empaquette les jeux de données en fragments signés et adressés par leur contenu, vend l&apos;accès avec des jetons de courte durée et écrit un reçu vérifiable pour chaque octet servi.&lt;br&gt;&lt;br&gt;Votre dossier de données sera &lt;b&gt;%1&lt;/b&gt;. Une clé de créateur y est créée pour signer ce que vous publiez.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Key passphrase:</source>
        <translation>Phrase secrète de la clé :</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Répéter :</translation>
    </message>
    <message>
        <source>With a passphrase the key is stored encrypted; you type it when you pack.</source>
        <translation>Avec une phrase secrète, la clé est stockée chiffrée ; vous la saisissez lors de l&apos;empaquetage.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
</context>
</TS>
