"""The words that label a printed date, by language: data for ``datelines``, which splits a
date line at them ("Published 3 May 2024 | Updated 4 May 2024"). Lower case; a label matches
whole words. Extend a list to read another language's date lines.
"""

from __future__ import annotations

# Words after which a printed date is the story's last update.
MODIFIED_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("updated", "last updated", "update", "modified", "last modified", "revised", "last reviewed", "page updated"),
    "de": ("aktualisiert", "zuletzt aktualisiert", "aktualisierung", "stand", "geändert", "zuletzt geändert"),
    "fr": ("mis à jour", "mise à jour", "modifié", "actualisé"),
    "es": ("actualizado", "actualización", "modificado", "última actualización"),
    "it": ("aggiornato", "aggiornamento", "modificato", "ultimo aggiornamento"),
    "pt": ("atualizado", "atualização", "actualizado", "modificado"),
    "nl": ("bijgewerkt", "laatst bijgewerkt", "gewijzigd"),
    "sv": ("uppdaterad", "uppdaterat", "senast uppdaterad"),
    "no": ("oppdatert", "sist oppdatert"),
    "da": ("opdateret", "senest opdateret"),
    "fi": ("päivitetty",),
    "pl": ("zaktualizowano", "aktualizacja"),
    "cs": ("aktualizováno", "upraveno"),
    "tr": ("güncelleme", "güncellendi", "son güncelleme"),
    "ru": ("обновлено", "изменено"),
    "el": ("ενημερώθηκε", "τελευταία ενημέρωση"),
    "zh": ("更新时间", "更新於", "更新", "修改时间"),
    "ja": ("更新日", "最終更新"),
    "ko": ("수정", "업데이트"),
}

# Words after which a printed date is the story's first publication (a line that names both
# dates may give the update first: "Last updated 4 Jun 2020, originally published 17 Jun 2019").
PUBLISHED_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("published", "originally published", "first published", "posted", "created", "originally created"),
    "de": ("veröffentlicht", "erstellt", "erschienen", "publiziert"),
    "fr": ("publié", "publié le", "créé"),
    "es": ("publicado", "creado"),
    "it": ("pubblicato", "creato"),
    "pt": ("publicado", "criado"),
    "nl": ("gepubliceerd", "geplaatst"),
    "sv": ("publicerad", "publicerat"),
    "no": ("publisert",),
    "da": ("publiceret", "udgivet"),
    "fi": ("julkaistu",),
    "pl": ("opublikowano",),
    "cs": ("publikováno", "zveřejněno"),
    "tr": ("yayınlanma", "yayınlandı", "yayın tarihi"),
    "ru": ("опубликовано",),
    "el": ("δημοσιεύθηκε", "δημοσίευση"),
    "zh": ("发布时间", "發布時間", "发表时间", "发布日期"),
    "ja": ("公開日", "投稿日"),
    "ko": ("입력", "등록"),
}
