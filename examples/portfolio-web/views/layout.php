<?php
/** The frame of every page: language switch, navigation, the message of the last change, the page itself. */
use function Portfolio\h;

$query = $_GET;
unset($query['lang']);
?>
<!DOCTYPE html>
<html lang="<?= h($i18n->lang) ?>">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><?= h($t('app')) ?></title>
<link rel="stylesheet" href="style.css">
<script src="app.js" defer></script>
</head>
<body>
<header class="top">
  <a href="./" class="home"><?= h($t('app')) ?></a>
  <nav aria-label="<?= h($t('language')) ?>" class="languages">
    <?php foreach (Portfolio\I18n::LANGUAGES as $code): ?>
      <a href="?<?= h(http_build_query($query + ['lang' => $code])) ?>" lang="<?= h($code) ?>"
         <?= $code === $i18n->lang ? 'aria-current="true"' : '' ?>><?= h(strtoupper($code)) ?></a>
    <?php endforeach ?>
  </nav>
</header>
<main id="main">
  <?php if ($flash): ?><p class="flash" role="status"><?= h($flash) ?></p><?php endif ?>
  <?php require __DIR__ . "/$view.php" ?>
</main>
</body>
</html>
