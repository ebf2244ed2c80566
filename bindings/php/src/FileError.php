<?php

declare(strict_types=1);

namespace ImpactKit;

/** A file could not be read or written (IK_EIO from the library); getPath() is empty, the message names the file. */
class FileError extends ImpactKitException
{
}
